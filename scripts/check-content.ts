/**
 * `npm run check` (after astro check): run the content checks and print every problem as
 * `file:line:column  rule  message  (how to fix)`. Exits 1 when there is any error.
 */
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatReport } from '../src/lib/check/problem.ts';

const { files, problems } = checkContent();
console.log(problems.length ? formatReport(problems) : `Checked ${files.length} content files: no problems.`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
