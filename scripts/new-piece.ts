/**
 * `npm run new -- essay "Title" [--model gibbs|driscoll|kolb] [--slug name]`
 * `npm run new -- poster "Title" [--slug name]`
 *
 * Writes content/essays/<slug>.mdx or content/posters/<slug>.mdx from the templates in
 * src/lib/scaffold/templates.ts, and never overwrites an existing file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/paths.ts';
import { KEBAB_ID } from '../src/schemas/common.ts';
import {
  essayTemplate,
  isModelName,
  posterTemplate,
  REFLECTIVE_MODELS,
  slugify,
} from '../src/lib/scaffold/templates.ts';

const USAGE = `Usage:
  npm run new -- essay "Your title" [--model ${Object.keys(REFLECTIVE_MODELS).join('|')}] [--slug file-name]
  npm run new -- poster "The poster's title" [--slug file-name]`;

function fail(message: string, code = 2): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
}

const projectRoot = path.resolve(import.meta.dirname, '..');
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { model: { type: 'string' }, slug: { type: 'string' } } });
} catch (error) {
  fail((error as Error).message);
}
const { positionals, values } = parsed;
const [kind, title, ...extra] = positionals;
if (kind !== 'essay' && kind !== 'poster')
  fail(
    kind
      ? `"${kind}" is not something npm run new can write: use essay or poster.`
      : 'Say what to write: essay or poster.',
  );
if (!title?.trim()) fail(`Give the ${kind}'s title in quotes.`);
if (extra.length) fail(`Put the title in quotes: "${[title, ...extra].join(' ')}".`);
if (kind === 'poster' && values.model) fail('--model is for essays: a poster has fixed panels.');
const model = values.model ?? 'gibbs';
if (!isModelName(model)) fail(`--model must be one of ${Object.keys(REFLECTIVE_MODELS).join(', ')}.`);

const slug = values.slug ?? slugify(title);
if (!KEBAB_ID.test(slug))
  fail(`"${slug}" cannot be a file name: use lower-case letters, digits and hyphens (pass --slug).`);

const folder = path.join(contentRoot(projectRoot), kind === 'essay' ? 'essays' : 'posters');
const target = path.join(folder, `${slug}.mdx`);
const display = path.relative(projectRoot, target);
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const text =
  kind === 'essay'
    ? essayTemplate({ title: title.trim(), model, today, file: display })
    : posterTemplate({ title: title.trim(), today, file: display });

mkdirSync(folder, { recursive: true });
try {
  writeFileSync(target, text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(
      `${display} already exists, and npm run new never overwrites a file. Choose another title, or pass --slug another-name.`,
      1,
    );
  throw error;
}
console.log(`Wrote ${display}${kind === 'essay' ? ` (headings from ${REFLECTIVE_MODELS[model].name})` : ''}.
Next:
  1. Replace every TODO and fill in the empty lists; read CONTRIBUTING.md on anonymisation and consent.
  2. Run: npm run check -- ${display}
  3. Read it at http://localhost:4321/${kind}s/${slug}/ with npm run dev.`);
