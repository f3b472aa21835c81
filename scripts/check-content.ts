/**
 * `npm run check [-- files...]` runs this first (astro check follows when the content is clean): the content checks and print every problem
 * as `file:line:column  rule  message  (how to fix)`. With file arguments only those files are
 * reported on (the rest of the library is still read, for citation keys and duplicate DOIs). Exits 1
 * when there is any error.
 */
import path from 'node:path';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatReport } from '../src/lib/check/problem.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
// npm runs scripts from the project root; INIT_CWD is where the contributor typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const only = args.length ? args.map((file) => path.resolve(cwd, file)) : undefined;

const { files, problems } = await checkContent({ projectRoot, ...(only ? { only } : {}) });
const clean = problems.every((p) => p.severity === 'note');
console.log(
  problems.length
    ? formatReport(problems)
    : `Checked ${files.length} content file${files.length === 1 ? '' : 's'}: no problems.`,
);
if (clean && problems.length)
  console.log(
    `Checked ${files.length} content file${files.length === 1 ? '' : 's'}: no problems besides the reviewed exceptions above.`,
  );
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
