/**
 * A build's HTML pages, and shares of them for scanning on several cores (publish-gate-scan.ts): the
 * share `index` of `count` holds the pages whose position in the sorted list leaves `index` after
 * division by `count`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface Shard {
  index: number;
  count: number;
}

/** Every HTML file under `outDir`, as sorted paths relative to it with forward slashes ("essays/x/index.html"). */
export function builtHtmlFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The pages of a share (every page when there is no share). */
export const pagesOf = (outDir: string, shard: Shard | undefined): string[] =>
  builtHtmlFiles(outDir).filter((_, position) => !shard || position % shard.count === shard.index);
