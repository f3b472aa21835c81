/**
 * The payloads of the safety matrix are real: evaluated by a plain MDX compiler with GitHub-flavoured
 * Markdown, as the build's compiler would without its safety steps, they run and leave their marker.
 * The build's compiler refuses the same files, and nothing runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/content/source-file.ts';
import { ContentSafetyError } from '../../src/lib/markdown/content-safety.ts';
import { compilePiece } from '../../src/lib/markdown/pipeline.ts';
import { writeAttacks, writeSafetyMatrix } from '../helpers/safety-matrix.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pieces = writeSafetyMatrix(path.join(ROOT, '.tmp/payloads/content'), path.join(ROOT, '.tmp/payloads/markers'));
const runtime = { Fragment: 'fragment', jsx: () => null, jsxs: () => null };

describe.each(['footnote', 'table', 'nested-list', 'blockquote'])('an expression hidden in a %s', (construct) => {
  const piece = pieces.find((p) => p.collection === 'essays' && p.construct === construct && p.kind === 'expression')!;
  const source = parseSource(readFileSync(piece.file, 'utf8'), piece.file);

  it('runs when a plain MDX compiler with GFM evaluates it (so the marker proves something)', async () => {
    const { default: Content } = await evaluate(source.body, { ...runtime, remarkPlugins: [remarkGfm] });
    Content({});
    expect(existsSync(piece.marker)).toBe(true);
  });

  it('is refused by the build’s compiler, which runs nothing', async () => {
    const other = { ...piece, marker: `${piece.marker}-pipeline` };
    const { error } = await compilePiece(
      ROOT,
      piece.file,
      source.body.replace(piece.marker, other.marker),
      source.buildData,
    );
    expect(error).toBeInstanceOf(ContentSafetyError);
    expect((error as ContentSafetyError).problems.map((p) => p.rule)).toContain('mdx/expression');
    expect(existsSync(other.marker)).toBe(false);
  });
});

describe('an image reference whose label is defined twice, the first time as a local module', () => {
  const content = path.join(ROOT, '.tmp/payloads/attacks');
  const marker = path.join(ROOT, '.tmp/payloads/markers/attack');
  writeAttacks(content, marker);

  it.each(['image-import', 'file-read'])(
    '%s: the compiler alone refuses it (the first definition is the one Astro would import)',
    async (name) => {
      const file = path.join(content, `essays/${name}.mdx`);
      const source = parseSource(readFileSync(file, 'utf8'), file);
      const { error } = await compilePiece(ROOT, file, source.body, source.buildData);
      expect(error).toBeInstanceOf(ContentSafetyError);
      expect((error as ContentSafetyError).problems.map((p) => p.rule)).toEqual(['mdx/local-image']);
      expect(existsSync(marker)).toBe(false);
    },
  );
});
