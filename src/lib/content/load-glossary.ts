/**
 * Read the glossary straight from disk, for the remark plugin that marks up abbreviations (it runs
 * outside Astro's content layer). Entries that fail the schema are skipped: the content checks have
 * already stopped the build for them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type GlossaryData, glossarySchema } from '../../schemas/glossary.ts';
import { contentRoot } from './paths.ts';

const cache = new Map<string, { mtimeMs: number; entries: Map<string, GlossaryData> }>();

export function loadGlossary(root: string = contentRoot()): Map<string, GlossaryData> {
  const dir = path.join(root, 'glossary');
  const mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const cached = cache.get(dir);
  if (cached?.mtimeMs === mtimeMs) return cached.entries;
  const entries = new Map<string, GlossaryData>();
  for (const name of mtimeMs ? readdirSync(dir).sort() : []) {
    if (!name.endsWith('.yaml')) continue;
    const result = glossarySchema.safeParse(parse(readFileSync(path.join(dir, name), 'utf8')));
    if (result.success) entries.set(name.slice(0, -'.yaml'.length), result.data);
  }
  cache.set(dir, { mtimeMs, entries });
  return entries;
}

/** Where an entry is on the glossary page. */
export { glossaryHref } from '../routes/hrefs.ts';
