import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFeedItems } from '../lib/routes/feed.ts';
import { SITE } from '../site.ts';

export async function GET(context: APIContext) {
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site ?? 'https://example.invalid',
    items: await getFeedItems(),
    customData: `<language>${SITE.lang.toLowerCase()}</language>`,
  });
}
