// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { citationPrerender } from './src/integrations/citation-prerender.ts';
import { confidentialityGate } from './src/integrations/confidentiality-gate.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { remarkAnchors } from './src/lib/markdown/remark-anchors.ts';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { remarkGlossary } from './src/lib/markdown/remark-glossary.ts';
import { remarkTypography } from './src/lib/markdown/remark-typography.ts';

// Content, CSL files and checks are found from here, whatever folder the build was started from
// (read lazily by src/lib/content/paths.ts, so setting it after the imports is early enough).
process.env.IPL_PROJECT_ROOT ??= fileURLToPath(new URL('.', import.meta.url));

// The public address the site is deployed to (canonical URLs, feeds). Override with SITE_URL.
const site = process.env.SITE_URL ?? 'https://ipl-library.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Unified (remark/rehype) rather than Astro 7's default Sätteri processor: the citation plugin and
  // the MDX safety checks work on the mdast/remark-mdx syntax tree. SmartyPants runs only where a
  // document has straight quotes, dashes or dots to change (remark-typography.ts says why).
  markdown: { processor: unified({ smartypants: false, remarkPlugins: [remarkTypography, remarkAnchors, remarkCitations, remarkGlossary] }) },
  // The sitemap lists every page (404 excluded); the browser accessibility suite can iterate it. The
  // confidentiality gate reads the built pages before the search index is made from them.
  integrations: [contentChecks(), citationPrerender(), mdx(), confidentialityGate(), searchIndex(), sitemap()],
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
