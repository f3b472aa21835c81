/** Every built page has the metadata a reader's browser and a search engine need, no broken internal link and no missing asset. */
import { describe, expect, it } from 'vitest';
import { checkSiteLinks, checkStylesheets } from '../helpers/link-check.ts';
import { builtPages, DIST, page, STAND_IN_PAGES } from '../helpers/site.ts';

const pages = builtPages();
// The site's own origin, from the home page's canonical address.
const site = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;

describe.each(pages)('%s', (sitePath) => {
  const root = page(sitePath);

  it('has lang, a title, a description, a canonical URL (none, and noindex, on the 404 and offline pages) and one h1', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length).toBeGreaterThan(20);
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (STAND_IN_PAGES.includes(sitePath)) {
      // It answers for other addresses: it has none of its own, and is not to be indexed.
      expect(canonical).toBeUndefined();
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    } else {
      expect(canonical).toMatch(/^https:\/\//);
    }
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });
});

describe('links and assets, as readers and browsers follow them', () => {
  // The shared test build is at the root of its domain; tests/built/base-path.test.ts runs the same
  // checker over a build under a base path.
  const built = { dist: DIST, base: '/', origin: site };

  it('every address a page writes for the site (links, assets, srcsets, form actions, script imports, data-enhance modules, canonical and social meta) names a file that exists, and every fragment an element', () => {
    const report = checkSiteLinks(built);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(pages.length * 10);
  });

  it('stylesheets reference only files that exist', () => {
    const report = checkStylesheets(built);
    expect(report.problems).toEqual([]);
  });
});
