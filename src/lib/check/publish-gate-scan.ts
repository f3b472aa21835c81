/**
 * The publish gate's two scans over a whole build (markup the site did not write, and identifying
 * details), split by page across the machine's cores: the main thread takes one share of the pages
 * and each worker thread (publish-gate-worker.ts) another. The gate reads every page of a build
 * after the pages are written, when nothing else is running, so on two cores this halves its time.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { findUnsafeMarkupInBuild } from '../safety/built-site.ts';
import type { Problem } from './problem.ts';
import { findIdentifiersInBuild } from './scan-built-site.ts';
import { builtHtmlFiles, type Shard } from './shard.ts';

export interface GateScan {
  pages: number;
  markup: Problem[];
  identifiers: Problem[];
}

/** Both scans over one share of the pages (the feed goes with the first share). */
export function scanShard(outDir: string, projectRoot: string, shard?: Shard): GateScan {
  const markup = findUnsafeMarkupInBuild(outDir, shard);
  const { pages, problems: identifiers } = findIdentifiersInBuild(outDir, projectRoot, shard);
  return { pages, markup, identifiers };
}

const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);

/** Pages per share below which a worker thread's start-up (about half a second) costs more than it saves. */
const PAGES_PER_SHARE = 300;

/**
 * Both scans over every page, one share per core (at most four, and none smaller than PAGES_PER_SHARE
 * unless `shares` says how many); problems in file order.
 */
export async function scanBuiltSite(
  outDir: string,
  projectRoot: string,
  shares = Math.min(4, availableParallelism(), Math.ceil(builtHtmlFiles(outDir).length / PAGES_PER_SHARE)),
): Promise<GateScan> {
  const count = Math.max(1, shares);
  const workerFile = path.join(projectRoot, 'src/lib/check/publish-gate-worker.ts');
  const others = Array.from({ length: count - 1 }, (_, i) => {
    const worker = new Worker(workerFile, { workerData: { outDir, projectRoot, shard: { index: i + 1, count } } });
    return new Promise<GateScan>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a publish-gate worker exited with code ${code}`)));
    });
  });
  const scans = [scanShard(outDir, projectRoot, { index: 0, count }), ...(await Promise.all(others))];
  return {
    pages: scans.reduce((sum, scan) => sum + scan.pages, 0),
    markup: scans.flatMap((scan) => scan.markup).sort(byPlace),
    identifiers: scans.flatMap((scan) => scan.identifiers).sort(byPlace),
  };
}
