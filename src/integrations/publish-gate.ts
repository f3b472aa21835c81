/**
 * The last gate of a build (`astro:build:done`, before the search index is made): every built page
 * is scanned for markup that could run or load code the site did not write
 * (src/lib/safety/built-html.ts). Any finding fails the build, naming the page and the content file
 * it was made from, and the output folder is emptied so nothing unsafe can be served or uploaded.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem, problem } from '../lib/check/problem.ts';
import { findUnsafeMarkup } from '../lib/safety/built-html.ts';
import { cspHash, INLINE_SCRIPTS } from '../lib/safety/inline-scripts.ts';
import { SITE } from '../site.ts';

export function publishGate(): AstroIntegration {
  return {
    name: 'ipl:publish-gate',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const problems = scanBuiltSite(outDir);
        if (problems.length === 0) return;
        rmSync(outDir, { recursive: true, force: true });
        logger.error(`Built pages carry markup the site did not write; nothing was published (${path.relative(process.cwd(), outDir) || outDir} was emptied).\n${problems.map(formatProblem).join('\n')}`);
        process.exit(1);
      },
    },
  };
}

/** Every finding in every HTML page under `outDir`, each naming the page and the source file behind it. */
export function scanBuiltSite(outDir: string): Problem[] {
  const own = new Set(INLINE_SCRIPTS.map(cspHash));
  const problems: Problem[] = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const findings = findUnsafeMarkup(html, own);
    if (findings.length === 0) continue;
    const page = path.relative(process.cwd(), file);
    const source = sourceOf(html);
    for (const f of findings) problems.push(problem(page, f.line, f.column, f.rule, `${f.message}${source ? ` (made from ${source})` : ''}`));
  }
  return problems;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The content file a page was made from, read from its footer's "Edit this page" link. */
function sourceOf(html: string): string | undefined {
  const prefix = `${SITE.repository}/edit/main/`;
  const at = html.indexOf(`href="${prefix}`);
  if (at < 0) return undefined;
  const start = at + 'href="'.length + prefix.length;
  return decodeURIComponent(html.slice(start, html.indexOf('"', start)));
}
