/** A share of the publish gate's pages, scanned on a worker thread (publish-gate-scan.ts); the main thread reads the feeds and data files. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanShare } from './publish-gate-scan.ts';

const { outDir, projectRoot, pages } = workerData as { outDir: string; projectRoot: string; pages: string[] };
parentPort?.postMessage(scanShare(outDir, projectRoot, pages, false));
