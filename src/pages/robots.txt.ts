/** robots.txt, written at build time so the sitemap address follows the configured site (SITE_URL). */
import type { APIContext } from 'astro';
import { sitemapHref } from '../lib/routes/hrefs.ts';

export function GET(context: APIContext) {
  const sitemap = new URL(sitemapHref, context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
