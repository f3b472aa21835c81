/**
 * `npm run check [-- files...]`: the one command a contributor runs. Three stages, each run once the one
 * before it is clean, and a non-zero exit on any error:
 *   1. the content checks (scripts/check-content.ts: schemas, citations, MDX safety, confidentiality;
 *      only the given files when there are any);
 *   2. the code checks: ESLint (`npm run lint`) and Prettier (`npm run format:check`) over the whole tree;
 *   3. the type checks (astro check).
 * IPL_CODE_ROOT names the folder the code checks read (the project itself unless set; the tests point it
 * at a small folder of bad code to prove the check refuses it).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const codeRoot = path.resolve(root, process.env.IPL_CODE_ROOT ?? '.');
const run = (args: string[], { env = {}, cwd = root }: { env?: Record<string, string>; cwd?: string } = {}) =>
  spawnSync(process.execPath, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const content = run([path.join(root, 'scripts/check-content.ts'), ...process.argv.slice(2)]);
if (content !== 0) {
  console.log('\nFix the errors above and run the check again (the type checks run once the content is clean).');
  process.exit(content);
}

const lint = run([path.join(root, 'node_modules/eslint/bin/eslint.js'), '.'], { cwd: codeRoot });
const format = run([path.join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.', '--log-level', 'warn'], {
  cwd: codeRoot,
});
if (lint !== 0 || format !== 0) {
  const problems = [
    lint !== 0 &&
      'ESLint found errors in the code (listed above as file, line:column, message and rule; `npm run lint` shows them again)',
    format !== 0 &&
      'some files are not formatted as Prettier formats them (listed above; `npm run format` rewrites them)',
  ].filter(Boolean);
  console.log(
    `\nThe code checks failed: ${problems.join('; and ')}. Fix them and run the check again (the type checks run once the code is clean).`,
  );
  process.exit(1);
}

// The content report was just printed; the build integration need not print it again.
process.exit(
  run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'check'], { env: { IPL_CONTENT_CHECKED: '1' } }),
);
