/** One share of the publish gate's pages, scanned on a worker thread (publish-gate-scan.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { scanShard } from './publish-gate-scan.ts';
import type { Shard } from './shard.ts';

const { outDir, projectRoot, shard } = workerData as { outDir: string; projectRoot: string; shard: Shard };
parentPort?.postMessage(scanShard(outDir, projectRoot, shard));
