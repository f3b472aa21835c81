/**
 * The build's last steps over the finished pages, in order: the Pagefind search index, then the
 * service worker (its precache lists the index's files). Astro runs them in `astro:build:done`
 * (search-index.ts, offline.ts); `npm run build` runs them after Astro's process has exited
 * (scripts/lib/build.ts), which sets IPL_INDEX_AFTER_BUILD=1 so the integrations leave them.
 */
import { buildSearchIndex } from './search-index.ts';
import { writeServiceWorker } from './offline.ts';

/** Whether this Astro build leaves the index and the service worker to `npm run build`'s second step. */
export const indexAfterBuild = (): boolean => process.env.IPL_INDEX_AFTER_BUILD === '1';

export async function finishBuild(outDir: string, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  const { pageCount, glossaryCount, outputPath } = await buildSearchIndex(outDir);
  log(
    `Indexed ${pageCount} pages and ${glossaryCount} glossary entries for search into ${outputPath} in ${Math.round(performance.now() - started)} ms.`,
  );
  const { precached } = writeServiceWorker(outDir);
  log(`service worker written: ${precached} shell files precached`);
}
