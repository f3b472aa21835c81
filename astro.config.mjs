// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { contentChecks } from './src/integrations/content-checks.ts';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';

// The public address the site is deployed to (canonical URLs, feeds). Override with SITE_URL.
const site = process.env.SITE_URL ?? 'https://ipl-library.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Unified (remark/rehype) rather than Astro 7's default Sätteri processor: the citation plugin and
  // the MDX safety checks work on the mdast/remark-mdx syntax tree.
  markdown: { processor: unified({ remarkPlugins: [remarkCitations] }) },
  integrations: [contentChecks(), mdx()],
  vite: { plugins: [tailwindcss()] },
});
