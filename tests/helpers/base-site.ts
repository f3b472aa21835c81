/**
 * The library built for a GitHub Pages project site: SITE_URL=https://example.github.io/ipl/, so every
 * address starts with /ipl/. The content is the library's own plus tests/fixtures/base-path/ (a piece
 * by a physiotherapy student that links to other pages of the site from its root, and shows an image
 * from there). Built once per test run into .tmp/base-site/dist, shared by the built-site test and
 * the browser test (a lock keeps two suites from building it at once).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuiltSite } from './link-check.ts';
import { PROJECT_ROOT, runAstroBuild, TEST_PAGE_SIZE } from './site.ts';

export const BASE_SITE_URL = 'https://example.github.io/ipl/';
export const BASE_SITE: BuiltSite = {
  dist: path.join(PROJECT_ROOT, '.tmp', 'base-site', 'dist'),
  base: '/ipl/',
  origin: 'https://example.github.io',
};
export const FIXTURE_ESSAY = 'what-the-podiatrist-saw';

const DIR = path.dirname(BASE_SITE.dist);
const STAMP = path.join(DIR, 'run-id');
const LOCK = path.join(PROJECT_ROOT, '.tmp', 'base-site.lock');

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const runId = () => process.env.IPL_TEST_RUN ?? 'standalone';
const built = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId() && existsSync(BASE_SITE.dist);

/** Build the base-path site unless this run already has (waiting while another suite builds it). */
export function buildBaseSite(): BuiltSite {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (const started = Date.now(); ; sleep(500)) {
    if (built()) return BASE_SITE;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another suite is building it; a lock older than ten minutes was left by a run that died.
      if (Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 600_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error(`Waited ten minutes for ${LOCK} to go`);
    }
  }
  try {
    if (built()) return BASE_SITE;
    rmSync(DIR, { recursive: true, force: true });
    const content = path.join(DIR, 'content');
    cpSync(path.join(PROJECT_ROOT, 'content'), content, { recursive: true });
    const fixtures = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'base-path');
    for (const folder of readdirSync(fixtures))
      cpSync(path.join(fixtures, folder), path.join(content, folder), { recursive: true });
    const result = runAstroBuild(BASE_SITE.dist, {
      SITE_URL: BASE_SITE_URL,
      IPL_CONTENT_DIR: content,
      IPL_PAGE_SIZE: String(TEST_PAGE_SIZE),
    });
    if (result.status !== 0)
      throw new Error(
        `The site did not build under ${BASE_SITE.base} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
      );
    writeFileSync(STAMP, runId());
    return BASE_SITE;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
