/**
 * Rendering the library's references, and each essay's and poster's own citation, in every style on
 * a second thread while Astro compiles the site. citeproc is the largest single cost of a build (a
 * few milliseconds per work and style), and the content checks' compile of every piece and Vite's
 * build leave the machine's other core idle, so the build starts the worker
 * (src/integrations/citation-prerender.ts) at setup, before both, and the pages take its renderings
 * when they first need a citation.
 *
 * The renderings go into the render cache under the same keys page code computes from the content
 * layer's data, so a work the worker saw differently (or not at all) is simply rendered again on the
 * page side: the worker can make a build faster, never different. If it fails, the build says so and
 * renders everything itself.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CachedRendering, setCachedRendering } from './render-cache.ts';

/** Render-cache keys and renderings, as the worker sends them. */
export type PrerenderedCitations = Array<[key: string, rendering: CachedRendering]>;

/** Shared between the integration (which starts the worker) and the bundled page code (which takes its result). */
const PENDING = Symbol.for('ipl-library.citation-prerender');
type Holder = { [PENDING]?: Promise<PrerenderedCitations> | undefined };

/**
 * Start the worker (src/lib/citations/prerender-worker.ts); `site` is Astro's `site` (pieces cite
 * their absolute URL), `warn` is told if the worker fails.
 */
export function startCitationPrerender(projectRoot: string, site: string, warn: (message: string) => void): void {
  const worker = new Worker(path.join(projectRoot, 'src/lib/citations/prerender-worker.ts'), { workerData: { site } });
  // The build never waits for the worker just to exit; pages wait for its message when they need it.
  worker.unref();
  (globalThis as Holder)[PENDING] = new Promise((resolve) => {
    let settled = false;
    const settle = (entries: PrerenderedCitations) => {
      settled = true;
      resolve(entries);
    };
    const fail = (reason: string) => {
      if (settled) return;
      warn(`Citations were not prerendered (${reason}); the pages render them instead, which is slower.`);
      settle([]);
    };
    worker.once('message', settle);
    worker.once('error', (error: Error) => fail(error.message));
    worker.once('exit', (code) => fail(`the worker exited with code ${code}`));
  });
}

let taken: Promise<void> | undefined;

/** Put the worker's renderings into the render cache, once; at once if no worker was started (dev, tests). */
export function takePrerenderedCitations(): Promise<void> {
  taken ??= (async () => {
    const pending = (globalThis as Holder)[PENDING];
    for (const [key, rendering] of (await pending) ?? []) setCachedRendering(key, rendering);
  })();
  return taken;
}
