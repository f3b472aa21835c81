/**
 * The publish gate's markup scan over a whole build: every HTML page under the output folder read as
 * a browser reads it (built-html.ts), each finding naming the page and the content file it was made
 * from (found from the page's "Edit this page" link).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Problem, problem } from '../check/problem.ts';
import { builtHtmlFiles } from '../check/shard.ts';
import { SITE } from '../../site.ts';
import { findUnsafeMarkup } from './built-html.ts';
import { cspHash, INLINE_SCRIPTS } from './inline-scripts.ts';

/** Every markup finding in the HTML pages under `outDir` (all of them, or the share `pages`: publish-gate-scan.ts). */
export function findUnsafeMarkupInBuild(outDir: string, pages: readonly string[] = builtHtmlFiles(outDir)): Problem[] {
  const own = new Set(INLINE_SCRIPTS.map(cspHash));
  const problems: Problem[] = [];
  for (const relative of pages) {
    const file = path.join(outDir, relative);
    const html = readFileSync(file, 'utf8');
    const findings = findUnsafeMarkup(html, own);
    if (findings.length === 0) continue;
    const page = path.relative(process.cwd(), file);
    const source = sourceOf(html);
    for (const f of findings)
      problems.push(problem(page, f.line, f.column, f.rule, `${f.message}${source ? ` (made from ${source})` : ''}`));
  }
  return problems;
}

/** The content file a page was made from, read from its footer's "Edit this page" link. */
function sourceOf(html: string): string | undefined {
  const prefix = `${SITE.repository}/edit/main/`;
  const at = html.indexOf(`href="${prefix}`);
  if (at < 0) return undefined;
  const start = at + 'href="'.length + prefix.length;
  return decodeURIComponent(html.slice(start, html.indexOf('"', start)));
}
