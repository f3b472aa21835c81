/**
 * `npm run bench:confidentiality [-- --kb 1024 --runs 3]`: time the confidentiality check on one essay of
 * about 1 MB that is dense with candidates (every sentence of the labelled corpus, identifying and
 * innocent, repeated in paragraphs with emphasis, inline code, links, a table and a code block), end
 * to end as `npm run check` runs it: parse the MDX (with GFM), read the tree's text, normalise, detect,
 * suppress overlaps and duplicates, and build the problems. Also times the detectors alone on the
 * joined text, and the suppression of 80,000 findings that all overlap one another. Not a test: these
 * machines are shared and noisy. Results go in docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkConfidentiality } from '../src/lib/check/rules/confidentiality.ts';
import type { CheckedFile } from '../src/lib/check/checked-file.ts';
import { findIdentifiers } from '../src/lib/confidentiality/find-identifiers.ts';
import { parseSource } from '../src/lib/content/source-file.ts';
import { parseMdx } from '../src/lib/markdown/parse-mdx.ts';

const { values } = parseArgs({
  options: { kb: { type: 'string', default: '1024' }, runs: { type: 'string', default: '3' } },
});
const targetBytes = Number(values.kb) * 1024;
const runs = Number(values.runs);

const root = path.resolve(import.meta.dirname, '..');
const sentences = readFileSync(path.join(root, 'tests/fixtures/confidentiality/corpus.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t').slice(1).join('\t'));

/** Paragraphs of corpus sentences, some words emphasised or in code, with a table and a code block now and then. */
function essayBody(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const chunk = sentences
      .slice((i * 7) % sentences.length, ((i * 7) % sentences.length) + 6)
      .map((s, k) => (k === 2 ? s.replace(/(\w+)\.$/, '*$1*.') : k === 4 ? s.replace(/^(\w+)/, '`$1`') : s));
    let block = chunk.join(' ');
    if (i % 25 === 0) block += `\n\n| Who | Note |\n| --- | --- |\n| patient | ${sentences[i % sentences.length]} |`;
    if (i % 40 === 0) block += `\n\n\`\`\`text\n${sentences[(i + 3) % sentences.length]}\n\`\`\``;
    if (i % 10 === 0)
      block += ` See [the notes](https://example.org "${sentences[(i + 5) % sentences.length]?.replace(/"/g, '')}").`;
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n');
}

const front = 'title: A synthetic essay\nanonymised: true\nconsent: { status: not-needed, note: Synthetic. }';
const body = essayBody(targetBytes);
const text = `---\n${front}\n---\n${body}\n`;
console.log(`essay: ${(text.length / 1024).toFixed(0)} KB, ${body.split('\n\n').length} blocks`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fastest = (xs: number[]) => Math.min(...xs);
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
};

// Load the detectors (and compromise's lexicon) once, as `npm run check` does before reading files.
const [, loadMs] = time(() => findIdentifiers('Margaret Smith, NHS 999 012 3470, LS1 4AP.'));
console.log(`first call (loads compromise's lexicon): ${loadMs.toFixed(0)} ms`);

const endToEnd: number[] = [];
const parse: number[] = [];
const detect: number[] = [];
let problems = 0;
for (let run = 0; run < runs; run++) {
  const [file, parseMs] = time((): CheckedFile => {
    const source = parseSource(text, 'content/essays/bench.mdx');
    return { collection: 'essays', id: 'bench', source, tree: parseMdx(source.body) };
  });
  const [found, checkMs] = time(() => checkConfidentiality([file]));
  problems = found.length;
  parse.push(parseMs);
  endToEnd.push(parseMs + checkMs);
  detect.push(time(() => findIdentifiers(body))[1]);
}
const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms median, ${fastest(xs).toFixed(0)} ms fastest of ${xs.length}`;
console.log(`parse (MDX + GFM): ${ms(parse)}`);
console.log(
  `confidentiality pass (tree text, normalise, detect, problems): ${ms(endToEnd.map((t, i) => t - (parse[i] ?? 0)))}, ${problems} problems`,
);
console.log(`parse and confidentiality pass together: ${ms(endToEnd)}`);
console.log(`detectors alone on the body as one string: ${ms(detect)}`);

// Overlap suppression: 80,000 phone-like numbers in a row, every one also a candidate for several detectors.
const dense = Array.from({ length: 80_000 }, (_, i) => `0113 496 ${String(i % 10000).padStart(4, '0')}`).join('; ');
const [denseFound, denseMs] = time(() => findIdentifiers(dense));
console.log(
  `80,000 telephone numbers (${(dense.length / 1024).toFixed(0)} KB): ${denseFound.length} findings in ${denseMs.toFixed(0)} ms`,
);
