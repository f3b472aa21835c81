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
import { builtHtmlFiles, shareOut } from './shard.ts';

export interface GateScan {
  pages: number;
  markup: Problem[];
  identifiers: Problem[];
}

/** Both scans over a share of the pages (`feedsAndData`: whether this share also reads the feeds and data files). */
export function scanShare(
  outDir: string,
  projectRoot: string,
  pages: readonly string[],
  feedsAndData: boolean,
): GateScan {
  const markup = findUnsafeMarkupInBuild(outDir, pages);
  const { problems: identifiers } = findIdentifiersInBuild(outDir, projectRoot, pages, { feedsAndData });
  return { pages: pages.length, markup, identifiers };
}

const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);

/** Pages per share below which a worker thread's start-up (about half a second) costs more than it saves. */
const PAGES_PER_SHARE = 300;

/**
 * Both scans over every page, one share per core (at most four, and none smaller than PAGES_PER_SHARE
 * unless `shares` says how many); problems in file order.
 */
export async function scanBuiltSite(outDir: string, projectRoot: string, shares?: number): Promise<GateScan> {
  const pages = builtHtmlFiles(outDir);
  const count = Math.max(1, shares ?? Math.min(4, availableParallelism(), Math.ceil(pages.length / PAGES_PER_SHARE)));
  const [first = [], ...rest] = shareOut(pages, count);
  const workerFile = path.join(projectRoot, 'src/lib/check/publish-gate-worker.ts');
  const others = rest.map((share) => {
    const worker = new Worker(workerFile, { workerData: { outDir, projectRoot, pages: share } });
    return new Promise<GateScan>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a publish-gate worker exited with code ${code}`)));
    });
  });
  const scans = [scanShare(outDir, projectRoot, first, true), ...(await Promise.all(others))];
  return {
    pages: scans.reduce((sum, scan) => sum + scan.pages, 0),
    markup: scans.flatMap((scan) => scan.markup).sort(byPlace),
    identifiers: scans.flatMap((scan) => scan.identifiers).sort(byPlace),
  };
}
