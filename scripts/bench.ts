/**
 * `npm run bench -- --essays N [--runs R] [--keep] [--warm] [--serial] [--baseline md|mdx]`: build a synthetic
 * library of N essays (N/5 posters, 2N references) in a temporary folder, exactly as `npm run build`
 * would (content checks, citations, pages, search index), and print build seconds, peak memory of
 * every process of the build, ms per page, dist size, search index size and the bytes a first search
 * downloads. `--baseline md` (or `mdx`) builds the same essays as a bare Astro blog of Markdown (or MDX)
 * posts instead: a reference point taken on the same machine (scripts/bench/baseline-site.ts). Not a
 * test: these machines are shared and noisy, so compare figures taken in one run. Results go in docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type PeakMemory, samplePeak } from './bench/process-memory.ts';
import { writeBaselineSite } from './bench/baseline-site.ts';
import { writeSyntheticLibrary } from './bench/synthetic-library.ts';
import { firstSearchBytes } from './bench/first-search.ts';

const { values } = parseArgs({
  options: {
    essays: { type: 'string', default: '100' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    // Keep the citation render cache between runs (a rebuild after an edit); by default every run is clean.
    warm: { type: 'boolean', default: false },
    // Render citations on the main thread only, as pages need them (to measure what the prerender worker saves).
    serial: { type: 'boolean', default: false },
    // Build the essays as a bare Astro blog instead: the machine's reference point.
    baseline: { type: 'string' },
  },
});
const essays = Number(values.essays);
const runs = Number(values.runs);
const baseline = values.baseline;
if (baseline !== undefined && baseline !== 'md' && baseline !== 'mdx') throw new Error('--baseline must be md or mdx');
if (baseline && (values.warm || values.serial))
  throw new Error('--warm and --serial are about citations, which the --baseline blog has none of');
if (!Number.isInteger(essays) || essays < 1) throw new Error('--essays must be a positive whole number');

const projectRoot = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), `ipl-bench-${essays}-`));
const contentDir = path.join(work, 'content');
const counts = writeSyntheticLibrary(contentDir, essays);
console.log(
  `Synthetic library in ${work}: ${counts.essays} essays, ${counts.posters} posters, ${counts.references} references`,
);
// The project that is built: this one over the synthetic content, or the bare blog beside it.
const siteRoot = baseline ? writeBaselineSite(work, projectRoot, baseline) : projectRoot;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = dirSize(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

interface RunResult {
  seconds: number;
  peak: PeakMemory;
}

function build(outDir: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // The library is built as `npm run build` builds it (Astro, then the search index: scripts/lib/build.ts);
    // the bare blog with Astro alone.
    const command = baseline ? 'node_modules/astro/bin/astro.mjs' : 'scripts/astro.ts';
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, command), 'build', '--root', siteRoot, '--outDir', outDir],
      {
        cwd: siteRoot,
        env: {
          ...process.env,
          IPL_CONTENT_DIR: contentDir,
          ASTRO_TELEMETRY_DISABLED: '1',
          IPL_CITATION_CACHE: values.warm ? '1' : '0',
          IPL_CITATION_PRERENDER: values.serial ? '0' : '1',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const sampler = samplePeak(child.pid ?? 0);
    child.on('exit', (code) => {
      const peak = sampler.stop();
      if (code !== 0) reject(new Error(`build failed with exit code ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peak });
    });
  });
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const results: RunResult[] = [];
const outDir = path.join(work, 'dist');
for (let run = 1; run <= runs; run++) {
  rmSync(outDir, { recursive: true, force: true });
  // Astro's cache (its data store): the project's, or the bare blog's own (see baseline-site.ts).
  rmSync(path.join(siteRoot, baseline ? '.astro-cache' : 'node_modules/.astro'), { recursive: true, force: true });
  const result = await build(outDir);
  results.push(result);
  console.log(`run ${run}: ${result.seconds.toFixed(1)} s, peak ${gib(result.peak.total)}`);
}

const median = <T>(list: T[], key: (t: T) => number) =>
  list.map(key).sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const seconds = median(results, (r) => r.seconds);
const peak = median(results, (r) => r.peak.total);
// Each process's own peak, from the run with the median total.
const medianRun = results.find((r) => r.peak.total === peak) ?? results[0];
const byProcess = [...(medianRun?.peak.byCommand ?? [])]
  .sort((a, b) => b[1] - a[1])
  .map(([command, bytes]) => `${command === 'MainThread' ? 'node' : command} ${gib(bytes)}`)
  .join(', ');
const pages = dirSize(outDir);
const htmlPages = (function count(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? count(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
})(outDir);
const index = existsSync(path.join(outDir, 'pagefind')) ? dirSize(path.join(outDir, 'pagefind')) : undefined;
const firstSearch = index ? await firstSearchBytes(outDir, 'learning') : undefined;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
console.log(`
essays               ${baseline ? `${essays} as a bare Astro blog of ${baseline === 'md' ? 'Markdown' : 'MDX'} posts (--baseline ${baseline})` : `${essays} (+${counts.posters} posters, ${counts.references} references)`}
runs                 ${runs} (median shown), ${values.warm ? 'warm: citation renderings cached from the first run' : 'clean: no caches'}${values.serial ? ', citations rendered on the main thread only' : ''}
build wall           ${seconds.toFixed(1)} s
peak memory (all)    ${gib(peak)} (each process's own peak: ${byProcess})
pages                ${htmlPages}
ms per page          ${((seconds * 1000) / htmlPages).toFixed(1)}
dist size            ${mb(pages.bytes)} in ${pages.files} files
search index         ${index ? `${mb(index.bytes)} in ${index.files} files` : 'none (no pagefind/ folder)'}
first search         ${firstSearch ? `${(firstSearch / 1024).toFixed(1)} KB transferred for "learning"` : 'n/a'}
`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
