/** Discovery: the RSS feed and the sitemap are well-formed and list every piece; robots.txt names the sitemap; every page has link-preview tags. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { sourcePieces } from '../helpers/content.ts';
import { builtPages, DIST, page, STAND_IN_PAGES } from '../helpers/site.ts';
import { sitemapPaths, sitemapUrls } from '../helpers/sitemap.ts';

const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const pieces = sourcePieces();
const origin = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;

describe('the RSS feed', () => {
  it('is linked visibly from the footer of every page, and the link leads to the feed', () => {
    expect(read('rss.xml')).toContain('<rss');
    for (const sitePath of builtPages()) {
      const link = page(sitePath).querySelector('body > footer a[href="/rss.xml"]');
      expect(link?.text.trim(), sitePath).toMatch(/RSS/);
      expect(link?.closest('[hidden]') ?? null, sitePath).toBeNull();
    }
  });

  const xml = read('rss.xml');
  const feed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item' || name === 'category',
  }).parse(xml) as {
    rss: {
      '@_version': string;
      channel: {
        title: string;
        link: string;
        description: string;
        language: string;
        item: Array<Record<string, unknown>>;
      };
    };
  };
  const { channel } = feed.rss;

  it('is well-formed RSS 2.0 with a title, link, description and language', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(channel.title).toBeTruthy();
    expect(channel.link).toBe(`${origin}/`);
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe('en-gb');
  });

  it('has one item per published essay and poster, with an absolute link, guid, date and description', () => {
    expect(channel.item.map((i) => i.link).sort()).toEqual(pieces.map((p) => `${origin}${p.href}`).sort());
    for (const item of channel.item) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect((item.guid as { '#text': string })['#text']).toBe(item.link);
      expect(String(item.pubDate)).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
      );
      expect((item.category as string[]).length).toBeGreaterThan(0);
    }
  });

  it('is announced on every page', () => {
    expect(page('/').querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
  });
});

describe('the sitemap', () => {
  it('is well-formed and lists every page but the 404 and offline pages, at the site’s address', () => {
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml'])
      expect(SyntaxValidator.validate(read(file)), file).toBe(true);
    expect(sitemapUrls().every((u) => u.startsWith(`${origin}/`))).toBe(true);
    expect(sitemapPaths()).toEqual(builtPages().filter((p) => !STAND_IN_PAGES.includes(p)));
  });

  it('lists every piece', () => {
    const paths = new Set(sitemapPaths());
    for (const piece of pieces) expect(paths).toContain(piece.href);
  });

  it('is named in robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});

describe.each(builtPages())('%s link preview', (sitePath) => {
  it('has Open Graph and Twitter card tags matching the page', () => {
    const root = page(sitePath);
    const meta = (attr: string, name: string) => root.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
    expect(meta('property', 'og:title')).toBeTruthy();
    expect(meta('property', 'og:description')).toBe(meta('name', 'description'));
    expect(meta('property', 'og:url')).toBe(root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(meta('name', 'twitter:card')).toBe('summary');
    const isPiece = pieces.some((p) => p.href === sitePath);
    expect(meta('property', 'og:type')).toBe(isPiece ? 'article' : 'website');
  });
});
