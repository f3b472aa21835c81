/** Every built page has the metadata a reader's browser and a search engine need, and no broken internal link. */
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, page } from '../helpers/site.ts';

const pages = builtPages();

describe.each(pages)('%s', (sitePath) => {
  const root = page(sitePath);

  it('has lang, a title, a description, a canonical URL and one h1', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length).toBeGreaterThan(20);
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('links only to pages, files and fragments that exist', () => {
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
    const broken: string[] = [];
    for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const target = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(https?:|mailto:|tel:|data:)/.test(target) || target.startsWith('//')) continue;
      const [pathPart, fragment] = target.split('#');
      if (!pathPart) {
        if (fragment && !ids.has(decodeURIComponent(fragment))) broken.push(target);
        continue;
      }
      const resolved = new URL(pathPart, `https://site.test${sitePath}`).pathname;
      if (!fileForPath(resolved)) {
        broken.push(target);
        continue;
      }
      if (fragment && resolved.endsWith('/') && !page(resolved).querySelector(`[id="${fragment}"]`)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
