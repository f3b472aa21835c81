/**
 * A cache of rendered citations across builds, on disk in node_modules/.cache. citeproc costs a few
 * milliseconds per work and style, which at thousands of works dominates a build; a work whose data,
 * style files and citation-js version are unchanged is not rendered again. Set IPL_CITATION_CACHE=0
 * to bypass it (the benchmark measures clean builds that way).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { projectRoot } from '../content/paths.ts';

export interface CachedRendering {
  html: string;
  text: string;
}

const cacheFile = () => path.join(projectRoot(), 'node_modules/.cache/ipl-library/citations.json');
const enabled = () => process.env.IPL_CITATION_CACHE !== '0';

let entries: Map<string, CachedRendering> | undefined;
/** Keys read or written by this build: only these are saved, so the file never outgrows the library. */
const used = new Set<string>();
let changed = false;

function load(): Map<string, CachedRendering> {
  if (!entries) {
    entries = new Map();
    if (enabled()) {
      try {
        entries = new Map(
          Object.entries(JSON.parse(readFileSync(cacheFile(), 'utf8')) as Record<string, CachedRendering>),
        );
      } catch {
        // no cache yet, or an unreadable one: start afresh
      }
    }
  }
  return entries;
}

/** The cache key of a work in a style; `styleVersion` changes whenever the style's files or engine do. */
export function renderingKey(item: unknown, style: string, styleVersion: string): string {
  return createHash('sha1')
    .update(`${style}\0${styleVersion}\0${JSON.stringify(item)}`)
    .digest('base64url');
}

export function getCachedRendering(key: string): CachedRendering | undefined {
  const rendering = load().get(key);
  if (rendering) used.add(key);
  return rendering;
}

let savedAtExit = false;

export function setCachedRendering(key: string, rendering: CachedRendering): void {
  load().set(key, rendering);
  used.add(key);
  changed = true;
  // A process that renders without a bibliography pass to save them (npm run check compiling pieces'
  // in-text citations) keeps its renderings too, so the next check starts no citeproc engine.
  if (!savedAtExit && isMainThread) {
    savedAtExit = true;
    process.once('beforeExit', saveRenderCache);
  }
}

/**
 * Write the renderings this build used, if any were new (atomically, so a crashed build never leaves
 * half a file). Only the build's main thread writes: the prerender worker reads the cache and sends
 * its renderings to the main thread, which keeps them.
 */
export function saveRenderCache(): void {
  if (!changed || !enabled() || !entries || !isMainThread) return;
  const file = cacheFile();
  mkdirSync(path.dirname(file), { recursive: true });
  const kept = Object.fromEntries(
    [...used].flatMap((key) => {
      const rendering = entries?.get(key);
      return rendering ? [[key, rendering]] : [];
    }),
  );
  writeFileSync(`${file}.tmp`, JSON.stringify(kept));
  renameSync(`${file}.tmp`, file);
  changed = false;
}
