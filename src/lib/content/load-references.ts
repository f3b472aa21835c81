/**
 * Read the reference files straight from disk, for build steps that run outside Astro's content
 * layer (the remark citation plugin). Entries that fail the schema are skipped: the content checks
 * have already stopped the build for them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type ReferenceData, referenceSchema } from '../../schemas/reference.ts';
import { contentRoot } from './paths.ts';

const cache = new Map<string, { mtimeMs: number; references: Map<string, ReferenceData> }>();

export function loadReferences(root: string = contentRoot()): Map<string, ReferenceData> {
  const dir = path.join(root, 'references');
  const mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const cached = cache.get(dir);
  if (cached?.mtimeMs === mtimeMs) return cached.references;
  const references = new Map<string, ReferenceData>();
  for (const name of mtimeMs ? readdirSync(dir) : []) {
    if (!name.endsWith('.yaml')) continue;
    const result = referenceSchema.safeParse(parse(readFileSync(path.join(dir, name), 'utf8')));
    if (result.success) references.set(name.slice(0, -'.yaml'.length), result.data);
  }
  cache.set(dir, { mtimeMs, references });
  return references;
}
