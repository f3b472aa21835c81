/**
 * Starts rendering the library's references and pieces in every citation style on a worker thread as a build
 * begins, so citeproc runs while the content checks and Vite compile the pieces (see src/lib/citations/prerender.ts).
 * Build only: the dev server renders citations as pages ask for them. IPL_CITATION_PRERENDER=0 turns
 * it off (to measure what it saves).
 */
import type { AstroIntegration } from 'astro';
import { projectRoot } from '../lib/content/paths.ts';
import { startCitationPrerender } from '../lib/citations/prerender.ts';

export function citationPrerender(): AstroIntegration {
  return {
    name: 'ipl:citation-prerender',
    hooks: {
      // At setup, before the content checks (astro:config:done) compile every piece on the main thread, so the
      // worker's citeproc runs on the other core through the checks, Vite's compile and page generation alike.
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || process.env.IPL_CITATION_PRERENDER === '0' || !config.site) return;
        startCitationPrerender(projectRoot(), config.site, (message) => logger.warn(message));
      },
    },
  };
}
