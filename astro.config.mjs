// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { citationPrerender } from './src/integrations/citation-prerender.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { offline } from './src/integrations/offline.ts';
import { publishGate } from './src/integrations/publish-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentProcessor, MARKDOWN_SETTINGS } from './src/lib/markdown/pipeline.ts';
import { siteAddress } from './src/lib/routes/site-address.ts';
import { CONTENT_SECURITY_POLICY } from './src/lib/safety/csp.ts';

// Content, CSL files and checks are found from here, whatever folder the build was started from
// (read lazily by src/lib/content/paths.ts, so setting it after the imports is early enough).
process.env.IPL_PROJECT_ROOT ??= fileURLToPath(new URL('.', import.meta.url));

// Where the site is published: ONE setting, SITE_URL, the home page's full address. Its path is the
// base path: SITE_URL=https://you.github.io/ipl/ builds a site that lives under /ipl/ (a GitHub Pages
// project site); https://example.org/ one at the root of a domain. src/lib/routes/hrefs.ts builds every
// address the pages write from the same setting (docs/deploying.md).
const { origin: site, base } = siteAddress(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Two pages rendered at a time: one page's file is written while the next renders. With Astro's
  // default of one, a third of page generation was spent waiting on the disk (docs/benchmarks.md).
  build: { concurrency: 2 },
  // One MDX compiler for the build and `npm run check`: Astro's unified (remark/rehype) processor with
  // our plugins and the MDX safety steps last (src/lib/markdown/pipeline.ts says why and in what order).
  markdown: { processor: contentProcessor, syntaxHighlight: MARKDOWN_SETTINGS.syntaxHighlight },
  // A Content-Security-Policy on every page (a <meta> tag): scripts only from the site itself or
  // with the hash of one of its own inline scripts, so markup that slipped into a page could not run.
  security: { csp: CONTENT_SECURITY_POLICY },
  // The publish gate reads every built page (markup and identifying details) before the search index
  // is made from them; the service worker's shell list is made after the index; the sitemap lists every
  // page (404 excluded), which the accessibility suite iterates.
  integrations: [
    contentChecks(),
    citationPrerender(),
    mdx(),
    publishGate(),
    searchIndex(),
    offline(),
    sitemap({ filter: (page) => !page.endsWith('/offline/') }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that Rolldown warns about
        // once per file (thousands of lines on a large library); the directive is Astro's own concern.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
