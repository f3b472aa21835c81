/**
 * What the build writes for reading offline (src/integrations/offline.ts): Workbox's runtime from the
 * site itself, a service worker whose precache is the shell (never a page but the offline page), the
 * list of the search index's files, and the offline page kept out of the sitemap. The browser
 * behaviour is in tests/e2e/offline.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_CACHES, SEARCH_FILES } from '../../src/lib/offline/service-worker.ts';
import { DIST, page } from '../helpers/site.ts';

const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
const precache = JSON.parse(/precacheAndRoute\((\[.*?\])/.exec(sw)?.[1] ?? '[]') as {
  url: string;
  revision: string | null;
}[];
const files = (dir: string): string[] =>
  readdirSync(path.join(DIST, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

describe('the service worker the build writes', () => {
  it('loads Workbox from the site itself, every module it uses present', () => {
    expect(sw).toContain('importScripts("/workbox/workbox-sw.js")');
    expect(sw).not.toMatch(/https?:\/\//);
    for (const name of [
      'workbox-sw.js',
      'workbox-core.prod.js',
      'workbox-precaching.prod.js',
      'workbox-routing.prod.js',
      'workbox-strategies.prod.js',
    ]) {
      expect(existsSync(path.join(DIST, 'workbox', name)), name).toBe(true);
    }
  });

  it('precaches the shell: styles, enhancement modules, Pagefind and the offline page, and no other page', () => {
    const urls = precache.map((e) => e.url);
    for (const script of readdirSync(path.join(DIST, 'scripts'))) expect(urls).toContain(`/scripts/${script}`);
    for (const css of readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.css')))
      expect(urls).toContain(`/_astro/${css}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/offline/',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-component-ui.js',
        '/pagefind/pagefind-entry.json',
      ]),
    );
    expect(urls.filter((u) => u.endsWith('/'))).toEqual(['/offline/']);
    // Revisions follow content; Astro's files carry a hash in their names instead.
    for (const entry of precache) expect(entry.revision === null, entry.url).toBe(entry.url.startsWith('/_astro/'));
  });

  it('keeps pages and the search index in the caches the pages ask for, and lists every file of the index', () => {
    const module = readFileSync(path.join(DIST, 'scripts', 'offline.js'), 'utf8');
    expect(module).toContain(`const PAGES_CACHE = '${OFFLINE_CACHES.pages}'`);
    expect(sw).toContain(`const PAGES = "${OFFLINE_CACHES.pages}"`);
    expect(sw).toContain(`const SEARCH = "${OFFLINE_CACHES.search}"`);
    const listed = JSON.parse(readFileSync(path.join(DIST, SEARCH_FILES), 'utf8')) as string[];
    expect(listed.sort()).toEqual(
      files('pagefind')
        .map((f) => `/${f}`)
        .sort(),
    );
  });

  it('writes the offline page, out of the sitemap and search engines', () => {
    const offline = page('/offline/');
    expect(offline.querySelector('h1')?.text).toBe('This page is not saved on this device');
    expect(offline.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(path.join(DIST, file), 'utf8')).not.toContain('/offline/');
  });

  it('offers "Save for offline" on essays, posters and reading lists, and "Make search work offline" on the search page', () => {
    for (const [sitePath, saves] of [
      ['/essays/learning-to-learn-from-each-other/', 'page'],
      ['/posters/communities-of-practice-preceptorship/', 'page'],
      ['/reading-lists/learning-each-others-roles/', 'reading-list'],
      ['/search/', 'search'],
    ] as const) {
      const control = page(sitePath).querySelector(`[data-offline-save="${saves}"]`);
      expect(control?.getAttribute('data-enhance'), sitePath).toBe('offline');
      expect(control?.querySelector('button')?.text.trim(), sitePath).toMatch(/offline/);
    }
  });
});
