import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFeedItems } from '../lib/routes/feed.ts';
import { homeHref } from '../lib/routes/hrefs.ts';
import { SITE } from '../site.ts';

export async function GET(context: APIContext) {
  return rss({
    title: SITE.title,
    description: SITE.description,
    // The channel's link is the home page, under the base path (items link absolute site paths).
    site: new URL(homeHref, context.site ?? 'https://example.invalid').href,
    items: await getFeedItems(),
    customData: `<language>${SITE.lang.toLowerCase()}</language>`,
  });
}
