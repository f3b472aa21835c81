/** The built sitemap as site paths, so suites (e.g. the browser accessibility suite) can iterate exactly what search engines see. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST } from './site.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });

/** Absolute URLs listed by sitemap-index.xml and the sitemaps it names. */
export function sitemapUrls(): string[] {
  const index = parser.parse(readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8')) as {
    sitemapindex: { sitemap: Array<{ loc: string }> };
  };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = path.join(DIST, new URL(loc).pathname);
    const map = parser.parse(readFileSync(file, 'utf8')) as { urlset: { url?: Array<{ loc: string }> } };
    return (map.urlset.url ?? []).map((u) => u.loc);
  });
}

/** The sitemap's pages as site paths ("/essays/x/"). */
export function sitemapPaths(): string[] {
  return sitemapUrls()
    .map((url) => new URL(url).pathname)
    .sort();
}
