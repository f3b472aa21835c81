/** Every built page has the metadata a reader's browser and a search engine need, no broken internal link and no missing asset. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, fileForPath, page } from '../helpers/site.ts';

const pages = builtPages();
// The site's own origin, from the home page's canonical address.
const site = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;

describe.each(pages)('%s', (sitePath) => {
  const root = page(sitePath);

  it('has lang, a title, a description, a canonical URL (none, and noindex, on the 404 page) and one h1', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length).toBeGreaterThan(20);
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (sitePath === '/404.html') {
      // It answers at every missing address: it has none of its own, and is not to be indexed.
      expect(canonical).toBeUndefined();
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    } else {
      expect(canonical).toMatch(/^https:\/\//);
    }
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('links only to pages, files and fragments that exist, and references no missing asset', () => {
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
    // Absolute addresses on the site itself (canonical, Open Graph image and address) are checked too.
    const targets = [
      ...root.querySelectorAll('a[href], link[href], area[href]').map((el) => el.getAttribute('href') ?? ''),
      ...root.querySelectorAll('script[src], img[src], source[src], video[src], audio[src], track[src], iframe[src]').map((el) => el.getAttribute('src') ?? ''),
      ...root.querySelectorAll('img[srcset], source[srcset]').flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(/\s+/)[0] ?? '')),
      ...root.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]').map((el) => el.getAttribute('content') ?? '').filter((content) => content.startsWith(site)),
    ];
    const broken: string[] = [];
    for (const raw of targets) {
      const target = raw.startsWith(site) ? raw.slice(site.length) || '/' : raw;
      if (/^(https?:|mailto:|tel:|data:)/.test(target) || target.startsWith('//')) continue;
      const [pathPart, fragment] = target.split('#');
      if (!pathPart) {
        if (fragment && !ids.has(decodeURIComponent(fragment))) broken.push(raw);
        continue;
      }
      const resolved = new URL(pathPart, `https://site.test${sitePath}`).pathname;
      if (!fileForPath(resolved)) {
        broken.push(raw);
        continue;
      }
      if (fragment && resolved.endsWith('/') && !page(resolved).querySelector(`[id="${fragment}"]`)) broken.push(raw);
    }
    expect(broken).toEqual([]);
  });
});

describe('stylesheets', () => {
  it('reference only files that exist', () => {
    const missing: string[] = [];
    const sheets = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? walk(full) : entry.name.endsWith('.css') ? [full] : [];
      });
    })(DIST);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const sheetPath = `/${path.relative(DIST, sheet).split(path.sep).join('/')}`;
      for (const match of readFileSync(sheet, 'utf8').matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/g)) {
        const target = match[1] ?? '';
        if (/^(data:|https?:|#)/.test(target) || target.startsWith('//')) continue;
        if (!fileForPath(new URL(target, `https://site.test${sheetPath}`).pathname)) missing.push(`${sheetPath}: ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
