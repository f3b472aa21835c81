/**
 * `npm run build` in two processes (issue 15): Astro's build, then the search index and the service
 * worker once Astro's process has exited (scripts/lib/build.ts), so Pagefind's peak memory never adds
 * to Astro's. The library is built with `node scripts/astro.ts build`, the command `npm run build`
 * runs, while the process tree is sampled from /proc: whenever Pagefind's indexer is alive, the Node
 * processes beside it must hold far less memory than Astro's build did (only the small second step).
 * The output must be complete all the same: the index, with every piece, and a service worker whose
 * precache lists the index's files.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processTree } from '../../scripts/bench/process-memory.ts';
import { SEARCH_FILES } from '../../src/lib/offline/service-worker.ts';
import { astroEnv, PROJECT_ROOT } from '../helpers/site.ts';

const OUT = path.join(PROJECT_ROOT, '.tmp', 'two-step', 'dist');
const linux = process.platform === 'linux';

interface Sample {
  pagefind: boolean;
  /** Resident memory of every other process of the build at that moment, in bytes. */
  nodeBytes: number;
}

describe.skipIf(!linux)('npm run build: Astro, then the search index in a process of its own', () => {
  const samples: Sample[] = [];
  let output = '';

  beforeAll(async () => {
    rmSync(path.dirname(OUT), { recursive: true, force: true });
    const child = spawn(process.execPath, ['scripts/astro.ts', 'build', '--outDir', OUT], {
      cwd: PROJECT_ROOT,
      env: astroEnv(),
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setInterval(() => {
      const tree = processTree(child.pid ?? 0);
      const pagefind = tree.some((p) => /pagefind/i.test(p.command));
      const nodeBytes = tree.filter((p) => !/pagefind/i.test(p.command)).reduce((sum, p) => sum + p.bytes, 0);
      samples.push({ pagefind, nodeBytes });
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(timer);
    if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output}`);
  }, 180_000);

  it('indexes the pages only after Astro has exited, so the two peaks never add up', () => {
    const during = samples.filter((s) => s.pagefind);
    const astro = samples.filter((s) => !s.pagefind);
    expect(during.length, 'Pagefind was never seen running').toBeGreaterThan(0);
    const astroPeak = Math.max(...astro.map((s) => s.nodeBytes));
    const besidePagefind = Math.max(...during.map((s) => s.nodeBytes));
    // Inside Astro's process the indexer would sit beside Astro's whole heap (about 1 GB for this library).
    expect(besidePagefind).toBeLessThan(astroPeak / 3);
    // Astro said it left the step, and the second process did it afterwards.
    expect(output).toMatch(/search index is made once Astro has exited[\s\S]*\[ipl\] Indexed \d+ pages/);
  });

  it('writes the whole index and a service worker that precaches its files', () => {
    const entry = JSON.parse(readFileSync(path.join(OUT, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const pieces = ['essays', 'posters'].flatMap((folder) =>
      readdirSync(path.join(PROJECT_ROOT, 'content', folder)).filter((name) => name.endsWith('.mdx')),
    );
    expect(pages).toBeGreaterThanOrEqual(pieces.length);
    expect(existsSync(path.join(OUT, 'sw.js'))).toBe(true);
    const searchFiles = JSON.parse(readFileSync(path.join(OUT, SEARCH_FILES), 'utf8')) as string[];
    expect(searchFiles).toContain('/pagefind/pagefind.js');
  });
});
