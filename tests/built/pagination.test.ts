/**
 * Long lists come in pages (the test build shows one item a page, so the seed content runs to
 * several): page 1 at the list's address, page n at <list>page/<n>/, each page linked to the others.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, contentIds, listPages, page, TEST_PAGE_SIZE } from '../helpers/site.ts';

const references = contentIds('references', '.yaml');

describe('a list of several pages (the references)', () => {
  const pages = listPages('/references/');
  const expectedCount = Math.ceil(references.length / TEST_PAGE_SIZE);

  it('has one page per page-size of entries, page 1 at the list’s own address and no /page/1/', () => {
    expect(expectedCount).toBeGreaterThan(1);
    expect(pages).toHaveLength(expectedCount);
    const built = builtPages().filter((p) => p.startsWith('/references/page/'));
    expect(built.sort()).toEqual(
      Array.from({ length: expectedCount - 1 }, (_, i) => `/references/page/${i + 2}/`).sort(),
    );
  });

  it('names each page in its title and says which entries it shows', () => {
    expect(page('/references/').querySelector('title')?.text).toMatch(/^References \|/);
    expect(page('/references/page/2/').querySelector('title')?.text).toMatch(
      new RegExp(`^References, page 2 of ${expectedCount} \\|`),
    );
    expect(page('/references/page/2/').querySelector('main p')?.text).toContain(`Showing 2–2 of ${references.length}.`);
  });

  it('links every page from every page, marks the current one, and gives previous and next where they exist', () => {
    pages.forEach((root, i) => {
      const nav = root.querySelector('nav[data-list-pager]');
      expect(nav?.getAttribute('aria-label')).toBe('Pages of references');
      const numbered = nav?.querySelectorAll('ol a') ?? [];
      expect(numbered.map((a) => a.getAttribute('href'))).toEqual([
        '/references/',
        ...Array.from({ length: expectedCount - 1 }, (_, n) => `/references/page/${n + 2}/`),
      ]);
      expect(nav?.querySelectorAll('[aria-current="page"]').map((a) => a.text.replace(/\s+/g, ' ').trim())).toEqual([
        `Page ${i + 1}`,
      ]);
      expect(Boolean(nav?.querySelector('a[rel="prev"]')), `page ${i + 1} previous`).toBe(i > 0);
      expect(Boolean(nav?.querySelector('a[rel="next"]')), `page ${i + 1} next`).toBe(i < pages.length - 1);
    });
  });
});

describe('a list that fits on one page (the posters)', () => {
  it('shows no page links', () => {
    expect(contentIds('posters', '.mdx')).toHaveLength(1);
    expect(page('/posters/').querySelector('[data-list-pager]')).toBeNull();
  });
});

describe('a term’s pieces', () => {
  it('come in pages too, with the sub-competencies only on the first', () => {
    const pages = listPages('/browse/competencies/roles-responsibilities/');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.querySelector('#subterms-heading')).not.toBeNull();
    expect(pages[1]?.querySelector('#subterms-heading')).toBeNull();
  });
});
