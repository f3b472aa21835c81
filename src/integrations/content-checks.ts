/**
 * Runs the content checks before Astro reads any content. In a build, any error stops it with the
 * full report (Astro alone would only log a dangling reference or an empty collection); in the dev
 * server the report is logged so the writer sees it while the page still reloads. Under `npm run check`
 * (IPL_CONTENT_CHECKED=1) the report was already printed, so `astro check` does not repeat it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check/check-content.ts';
import { formatReport } from '../lib/check/problem.ts';

export function contentChecks(): AstroIntegration {
  return {
    name: 'ipl:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && process.env.IPL_CONTENT_CHECKED) return;
        const { problems } = checkContent({ projectRoot: fileURLToPath(config.root) });
        if (problems.length === 0) return;
        const report = formatReport(problems);
        const hasErrors = problems.some((p) => p.severity === 'error');
        if (hasErrors && command === 'build') {
          throw new Error(`The content has problems; nothing was built.\n${report}`);
        }
        logger[hasErrors ? 'error' : 'warn'](`\n${report}`);
      },
    },
  };
}
