/**
 * A build's HTML pages, listed once, and shared out for scanning on several cores
 * (publish-gate-scan.ts): share `i` of `count` holds the pages whose position in the sorted list
 * leaves `i` after division by `count`.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML file under `outDir`, as sorted paths relative to it with forward slashes ("essays/x/index.html"). */
export function builtHtmlFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** `pages` in `count` shares. */
export const shareOut = (pages: readonly string[], count: number): string[][] =>
  Array.from({ length: count }, (_, share) => pages.filter((_, position) => position % count === share));
