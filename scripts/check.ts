/**
 * `npm run check [-- files...]`: the one command a contributor runs. First the content checks
 * (scripts/check-content.ts: schemas, citations, MDX safety, confidentiality; only the given files
 * when there are any), then, once the content is clean, the type checks (astro check). Exits non-zero
 * on any error.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const content = run([path.join(root, 'scripts/check-content.ts'), ...process.argv.slice(2)]);
if (content !== 0) {
  console.log('\nFix the errors above and run the check again (the type checks run once the content is clean).');
  process.exit(content);
}
// The content report was just printed; the build integration need not print it again.
process.exit(run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'check'], { IPL_CONTENT_CHECKED: '1' }));
