/**
 * Runs the content checks before Astro reads any content, once every integration has set up (so the
 * MDX compiler the checks use is the one the build will use, with nothing added after its safety
 * steps). In a build, any error stops it with the report alone, as `npm run check` prints it (Astro
 * alone would only log a dangling reference or an empty collection); in the dev server the report
 * is logged, and the compiler itself still refuses unsafe pieces page by page. Under `npm run check`
 * (IPL_CONTENT_CHECKED=1) the report was already printed, so `astro check` does not repeat it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check/check-content.ts';
import { formatReport } from '../lib/check/problem.ts';
import { rehypeContentSafety, remarkContentSafety } from '../lib/markdown/content-safety.ts';
import { contentProcessor } from '../lib/markdown/pipeline.ts';

export function contentChecks(): AstroIntegration {
  let command: string | undefined;
  return {
    name: 'ipl:content-checks',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        const misconfigured = pipelineProblem(config.markdown.processor);
        if (misconfigured) stop(logger, `The MDX compiler is not set up safely: ${misconfigured}`);
        if (command !== 'build' && process.env.IPL_CONTENT_CHECKED) return;
        const { problems } = await checkContent({ projectRoot: fileURLToPath(config.root) });
        if (problems.length === 0) return;
        const report = formatReport(problems);
        const hasErrors = problems.some((p) => p.severity === 'error');
        if (hasErrors && command === 'build') stop(logger, `The content has problems; nothing was built.\n${report}`);
        logger[hasErrors ? 'error' : 'warn'](`\n${report}`);
      },
    },
  };
}

/** Why the configured processor is not the checked one with its safety steps last, if it is not. */
function pipelineProblem(processor: { options?: unknown; createMdxRenderer?: unknown }): string | undefined {
  // Astro's config schema copies the processor object but keeps its options and functions.
  if (
    processor.options !== contentProcessor.options ||
    processor.createMdxRenderer !== contentProcessor.createMdxRenderer
  ) {
    return 'astro.config.mjs must use contentProcessor from src/lib/markdown/pipeline.ts';
  }
  const { remarkPlugins, rehypePlugins } = contentProcessor.options;
  if (remarkPlugins.at(-1) !== remarkContentSafety) return 'a remark plugin was added after remarkContentSafety';
  if (rehypePlugins.at(-1) !== rehypeContentSafety) return 'a rehype plugin was added after rehypeContentSafety';
  return undefined;
}

/** Print the report and end the build, with no stack trace for a contributor to puzzle over. */
function stop(logger: { error(message: string): void }, report: string): never {
  logger.error(report);
  process.exit(1);
}
