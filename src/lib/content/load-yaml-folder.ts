/**
 * Read a folder of YAML entries (content/references, content/glossary) straight from disk, for build
 * steps that run outside Astro's content layer (the remark plugins). Each file is one entry, its name
 * without `.yaml` the id, in name order. Entries that fail the schema are skipped: the content checks
 * have already stopped the build for them. Read again only when the folder's modification time
 * changes (a file added, removed or renamed).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

const cache = new Map<string, { mtimeMs: number; entries: Map<string, unknown> }>();

export function loadYamlFolder<T>(dir: string, schema: Schema<T>): Map<string, T> {
  const mtimeMs = statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const cached = cache.get(dir);
  if (cached?.mtimeMs === mtimeMs) return cached.entries as Map<string, T>;
  const entries = new Map<string, T>();
  for (const name of mtimeMs ? readdirSync(dir).sort() : []) {
    if (!name.endsWith('.yaml')) continue;
    const result = schema.safeParse(parse(readFileSync(path.join(dir, name), 'utf8')));
    if (result.success) entries.set(name.slice(0, -'.yaml'.length), result.data);
  }
  cache.set(dir, { mtimeMs, entries });
  return entries;
}
