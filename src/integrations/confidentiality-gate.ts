/**
 * The confidentiality gate after the build (`astro:build:done`): the detectors that checked the sources
 * run again over every built page's visible text and metadata and over the RSS feed
 * (src/lib/check/scan-built-site.ts). Any identifier that reached the output fails the build, naming
 * the content file it came from and the page it reached, so a published site never carries one even
 * when something (a plugin, a layout, a reference file) put it there after the first check.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/check/problem.ts';
import { scanBuiltSite } from '../lib/check/scan-built-site.ts';

export function confidentialityGate(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'ipl:confidentiality-gate',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { pages, problems } = scanBuiltSite(fileURLToPath(dir), root);
        if (problems.length > 0) {
          throw new Error(`Identifying details reached the built site; it must not be published.\n${formatReport(problems)}`);
        }
        logger.info(`Checked ${pages} pages and the feed for identifying details in ${Math.round(performance.now() - started)} ms: none reached the site.`);
      },
    },
  };
}
