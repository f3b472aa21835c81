/**
 * Starts rendering the library's references and pieces in every citation style on a worker thread as a build
 * begins, so citeproc runs while Vite compiles the pages (see src/lib/citations/prerender.ts).
 * Build only: the dev server renders citations as pages ask for them. IPL_CITATION_PRERENDER=0 turns
 * it off (to measure what it saves).
 */
import type { AstroIntegration } from 'astro';
import { projectRoot } from '../lib/content/paths.ts';
import { startCitationPrerender } from '../lib/citations/prerender.ts';

export function citationPrerender(): AstroIntegration {
  let site = '';
  return {
    name: 'ipl:citation-prerender',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:start': ({ logger }) => {
        if (process.env.IPL_CITATION_PRERENDER === '0' || !site) return;
        startCitationPrerender(projectRoot(), site, (message) => logger.warn(message));
      },
    },
  };
}
