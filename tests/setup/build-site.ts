/**
 * Build the site once per test run into .tmp/test-site/dist (never the user's dist/). Suites that
 * read the built site share this build; a stamp file records which run made it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, runAstroBuild, TEST_DIR, TEST_PAGE_SIZE } from '../helpers/site.ts';

export default function setup() {
  const stamp = path.join(TEST_DIR, 'run-id');
  const runId = process.env.IPL_TEST_RUN ?? 'standalone';
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === runId && existsSync(DIST)) return;
  rmSync(TEST_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DIR, { recursive: true });
  const result = runAstroBuild(DIST, { IPL_PAGE_SIZE: String(TEST_PAGE_SIZE) });
  if (result.status !== 0) {
    throw new Error(`The site did not build (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  writeFileSync(stamp, runId);
}
