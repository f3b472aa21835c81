/**
 * The search index of the real site, queried with Pagefind's own pagefind.js (served over HTTP from
 * the test build) and the site's own search options: what is in it, what is kept out, and that the
 * seed pieces are found by their words and their facets.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteIndex, type SiteIndex } from '../helpers/pagefind.ts';
import { loadGlossary } from '../../src/lib/content/load-glossary.ts';
import { builtPages, contentIds, DIST, page, PROJECT_ROOT } from '../helpers/site.ts';

const ESSAY = '/essays/learning-to-learn-from-each-other/';
const POSTER = '/posters/communities-of-practice-preceptorship/';
const PIECES = [
  ...contentIds('essays', '.mdx').map((id) => `/essays/${id}/`),
  ...contentIds('posters', '.mdx').map((id) => `/posters/${id}/`),
  ...contentIds('references', '.yaml').map((id) => `/references/${id}/`),
].sort();
/** Each glossary entry is a record of its own, at its place on the glossary page. */
const GLOSSARY = loadGlossary(path.join(PROJECT_ROOT, 'content'));
const GLOSSARY_URLS = [...GLOSSARY.keys()].map((id) => `/glossary/#${id}`).sort();
/** The search page's facets, in its order, and how each lists its values: years newest first, others by lower-cased label. */
const byLowerCase = (a: string, b: string) =>
  a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
const SEARCH_FACET_ORDER: Record<string, (a: string, b: string) => number> = {
  type: byLowerCase,
  profession: byLowerCase,
  topic: byLowerCase,
  competency: byLowerCase,
  setting: byLowerCase,
  year: (a, b) => Number(b) - Number(a),
};

describe('the search bundle', () => {
  it('is written into the build with the index, pagefind.js and the Component UI', () => {
    for (const file of [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
    ]) {
      expect(existsSync(path.join(DIST, 'pagefind', file)), file).toBe(true);
    }
  });

  it('counts exactly the essay, poster and reference pages and the glossary entries', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(GLOSSARY.size).toBeGreaterThan(0);
    expect(Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)).toBe(
      PIECES.length + GLOSSARY.size,
    );
  });
});

describe('what the pages give the index', () => {
  it.each(PIECES)('%s marks its article, inside main, as the only searchable part', (sitePath) => {
    const root = page(sitePath);
    const bodies = root.querySelectorAll('[data-pagefind-body]');
    expect(bodies.map((el) => el.tagName)).toEqual(['ARTICLE']);
    expect(root.querySelector('main [data-pagefind-body]')).not.toBeNull();
  });

  it('marks nothing searchable on listing and other pages', () => {
    const others = builtPages().filter((p) => !PIECES.includes(p));
    expect(others).toContain('/search/');
    for (const sitePath of others)
      expect(page(sitePath).querySelectorAll('[data-pagefind-body]'), sitePath).toHaveLength(0);
  });

  it('shows the search page without the dev server notice', () => {
    const search = page('/search/');
    expect(search.querySelector('[data-search-page]')?.getAttribute('data-facets')).toBe(
      'type profession topic competency setting year',
    );
    expect(search.querySelector('[data-search-dev-notice]')).toBeNull();
  });

  it('gives each piece its result details and facets, hidden and out of the indexed text', () => {
    const block = page(ESSAY).querySelector('article[data-pagefind-body] > div[hidden][data-pagefind-ignore]');
    const meta = Object.fromEntries(
      (block?.querySelectorAll('[data-pagefind-meta]') ?? []).map((el) => [
        el.getAttribute('data-pagefind-meta'),
        el.text,
      ]),
    );
    expect(meta).toMatchObject({ type: 'Essay', byline: 'A medical student', date: '22 November 2026' });
    const filters = (block?.querySelectorAll('[data-pagefind-filter]') ?? []).map(
      (el) => `${el.getAttribute('data-pagefind-filter')}=${el.text}`,
    );
    expect(filters).toEqual([
      'type=Essay',
      'profession=Medical student',
      'profession=Healthcare assistant',
      'topic=Venepuncture',
      'topic=Teamwork',
      'topic=Understanding other roles',
      'topic=Patient safety',
      'competency=Values and Ethics',
      'competency=Roles and Responsibilities',
      'competency=Communication',
      'competency=Teams and Teamwork',
      'setting=Primary care',
      'year=2026',
    ]);
  });
});

describe('searching the built site', () => {
  let index: SiteIndex;
  beforeAll(async () => {
    index = await openSiteIndex(DIST);
  });
  afterAll(async () => {
    await index?.close();
  });

  it('finds the glossary entry for "venepuncture" (its title), then the seed essay, the first piece', async () => {
    const hits = await index.search('venepuncture');
    expect(hits[0]).toMatchObject({
      url: '/glossary/#venepuncture',
      meta: { title: 'Venepuncture', type: 'Glossary term' },
    });
    expect(hits[0]?.content).toContain('Putting a needle into a vein');
    const piece = hits.find((hit) => hit.meta.type !== 'Glossary term');
    expect(piece?.url).toBe(ESSAY);
    expect(piece?.excerpt).toContain('<mark>venepuncture</mark>');
    expect(piece?.meta).toMatchObject({ type: 'Essay', byline: 'A medical student', date: '22 November 2026' });
  });

  it.each([...GLOSSARY])(
    'finds the glossary entry %s by its term, linking to it on the glossary page',
    async (id, entry) => {
      const hits = await index.search(entry.term);
      expect(hits.map((hit) => hit.url)).toContain(`/glossary/#${id}`);
      const hit = hits.find((h) => h.url === `/glossary/#${id}`);
      expect(hit?.meta).toMatchObject({
        title: entry.term,
        type: 'Glossary term',
        ...(entry.expansion ? { byline: entry.expansion } : {}),
      });
      expect(page('/glossary/').querySelector(`[id="${id}"] dt`)?.text).toContain(entry.term);
    },
  );

  it('narrows to the glossary: the "Glossary term" type holds every entry and nothing else', async () => {
    expect((await index.search(null, { type: 'Glossary term' })).map((hit) => hit.url).sort()).toEqual(GLOSSARY_URLS);
    expect((await index.search('venepuncture', { type: 'Essay' })).map((hit) => hit.url)).toEqual([ESSAY]);
  });

  it('finds the seed poster first for "preceptorship"', async () => {
    const hits = await index.search('preceptorship');
    expect(hits[0]?.url).toBe(POSTER);
    expect(hits[0]?.meta).toMatchObject({ type: 'Poster', byline: 'Collaboration in Clinical Settings Project' });
  });

  it('deep-links a match inside a poster panel to that panel', async () => {
    const [poster] = await index.search('admission');
    expect(poster?.url).toBe(POSTER);
    expect(poster?.sub_results.map((s) => s.url)).toContain(`${POSTER}#results-heading`);
  });

  it('narrows the results with a facet', async () => {
    const all = (await index.search('interprofessional')).map((hit) => hit.url);
    expect(all).toEqual(expect.arrayContaining([ESSAY, POSTER, '/references/busari_2017/']));
    expect((await index.search('interprofessional', { type: 'Poster' })).map((hit) => hit.url)).toEqual([POSTER]);
    expect(
      (await index.search('interprofessional', { profession: 'Healthcare assistant' })).map((hit) => hit.url),
    ).toEqual([ESSAY]);
  });

  it('browses by facet with no query, with a count for every value', async () => {
    const facets = await index.filters();
    expect(facets.type).toEqual({ Essay: 1, Poster: 1, Reference: 3, 'Glossary term': GLOSSARY.size });
    expect(facets.topic?.['Understanding other roles']).toBe(2);
    expect(facets.competency).toEqual({
      'Roles and Responsibilities': 2,
      Communication: 2,
      'Teams and Teamwork': 2,
      'Values and Ethics': 1,
    });
    expect(facets.setting).toEqual({ 'Primary care': 1 });
    expect(Object.keys(facets).sort()).toEqual(['competency', 'profession', 'setting', 'topic', 'type', 'year']);
    expect((await index.search(null, { type: 'Reference' })).map((hit) => hit.url).sort()).toEqual(
      PIECES.filter((p) => p.startsWith('/references/')),
    );
  });

  it("writes the search page's facet checkboxes at build time: every value in the index, and only those, in the page's order", async () => {
    const facets = await index.filters();
    const search = page('/search/');
    const groups = search.querySelectorAll('details[data-facet]');
    expect(groups.map((group) => group.getAttribute('data-facet'))).toEqual(Object.keys(SEARCH_FACET_ORDER));
    for (const group of groups) {
      const key = group.getAttribute('data-facet') ?? '';
      const options = group.querySelectorAll('[data-facet-options] > label.search-facet-option');
      const boxes = options.map((option) => option.querySelector('input[type="checkbox"]'));
      expect(
        boxes.map((box) => box?.getAttribute('name')),
        key,
      ).toEqual(boxes.map(() => key));
      const values = boxes.map((box) => box?.getAttribute('value') ?? '');
      expect(
        options.map((option) => option.querySelector('.search-facet-value')?.text),
        key,
      ).toEqual(values);
      expect([...values].sort(), key).toEqual(Object.keys(facets[key] ?? {}).sort());
      expect(values, key).toEqual([...values].sort(SEARCH_FACET_ORDER[key]));
      // Hidden until the first search counts them; the count is filled in then.
      expect(
        options.every((option) => option.hasAttribute('hidden')),
        key,
      ).toBe(true);
      expect(
        options.map((option) => option.querySelector('.search-facet-count')?.text),
        key,
      ).toEqual(values.map(() => ''));
    }
    expect(search.querySelectorAll('input[name="year"]').map((box) => box.getAttribute('value'))).toEqual(
      Object.keys(facets.year ?? {}).sort((a, b) => Number(b) - Number(a)),
    );
  });

  it('indexes the pieces and glossary entries and nothing else: no header, navigation, footer, licence line, backlinks, style switch or cite panel', async () => {
    const everything = await index.search(null);
    expect(everything.map((hit) => hit.url).sort()).toEqual([...PIECES, ...GLOSSARY_URLS].sort());
    const chrome = [
      'Skip to content',
      'Interprofessional Learning Library',
      'MIT-licensed',
      'Source and contributions',
      'About the library',
      'Licence:',
      'About this reference',
      'Cited in',
      'Reflective essay',
      'Project poster',
      'Cite this',
      'Citation style',
      'How to cite it',
    ];
    for (const hit of everything) {
      for (const text of chrome) expect(hit.content, `${hit.url} contains "${text}"`).not.toContain(text);
    }
  });

  it('ranks the work about a word above a piece that only cites it', async () => {
    const urls = (await index.search('Busari')).map((hit) => hit.url);
    expect(urls[0]).toBe('/references/busari_2017/');
  });
});
