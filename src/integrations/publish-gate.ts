/**
 * The last gate of a build (`astro:build:done`, before the search index is made from the pages). Two
 * scans read every built page:
 * - markup the site did not write that could run or load code (src/lib/safety/built-site.ts);
 * - identifying details that reached a page or the feed although the sources passed the check (a
 *   plugin, a layout or a reference file can put text there): the confidentiality detectors' errors
 *   (src/lib/check/scan-built-site.ts).
 * The pages are shared out across the machine's cores (src/lib/check/publish-gate-scan.ts). Any finding
 * fails the build with the report alone, naming the content file and the page, and the output folder
 * is emptied so nothing can be served or uploaded from it.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/check/problem.ts';
import { scanBuiltSite } from '../lib/check/publish-gate-scan.ts';

export function publishGate(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ipl:publish-gate',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages, markup, identifiers } = await scanBuiltSite(outDir, root);
        if (markup.length === 0 && identifiers.length === 0) {
          logger.info(
            `Checked ${pages} pages and the feed in ${Math.round(performance.now() - started)} ms: no markup the site did not write, and no identifying details.`,
          );
          return;
        }
        rmSync(outDir, { recursive: true, force: true });
        const emptied = path.relative(process.cwd(), outDir) || outDir;
        const reports = [
          markup.length ? `Built pages carry markup the site did not write.\n${formatReport(markup)}` : '',
          identifiers.length
            ? `Identifying details reached the built site; it must not be published.\n${formatReport(identifiers)}`
            : '',
        ];
        logger.error(`${reports.filter(Boolean).join('\n\n')}\n\nNothing was published: ${emptied} was emptied.`);
        process.exit(1);
      },
    },
  };
}
