/** What each page tells the search index: facets, result details, and the /search/ URL format. */
import { describe, expect, it } from 'vitest';
import { searchFromParams, searchPageHref } from '../../public/scripts/search.js';
import type { PieceCard } from '../../src/lib/routes/pieces.ts';
import type { ReferenceView } from '../../src/lib/routes/references.ts';
import {
  glossarySearchRecord,
  pieceSearchRecord,
  referenceSearchRecord,
  SEARCH_FACETS,
  searchFacetOptions,
} from '../../src/lib/routes/search.ts';
import { termGroups, termLinks } from '../../src/lib/routes/terms.ts';

const essay: PieceCard = {
  kind: 'essay',
  kindLabel: 'Essay',
  href: '/essays/x/',
  title: 'Learning from a pharmacist',
  summary: 'A student nurse learns how a pharmacist checks a prescription.',
  byline: 'Student nurse',
  bylineAfterBy: 'Student nurse',
  date: new Date('2025-06-01T00:00:00Z'),
  dateText: '1 June 2025',
  dateIso: '2025-06-01',
  professions: termLinks('professions', ['nurse', 'pharmacist']),
  topics: termLinks('topics', ['medicines']),
  tags: termGroups({
    professions: ['nurse', 'pharmacist'],
    topics: ['medicines'],
    competencies: ['roles-responsibilities'],
    settings: ['community-care'],
  }),
};

const reference: Pick<ReferenceView, 'authors' | 'year'> = { authors: 'Okafor', year: 2021 };

describe('search records', () => {
  it('gives an essay its type, author role, date, summary and one filter per facet value', () => {
    expect(pieceSearchRecord(essay)).toEqual({
      type: 'Essay',
      byline: 'Student nurse',
      date: '1 June 2025',
      summary: 'A student nurse learns how a pharmacist checks a prescription.',
      filters: [
        ['type', 'Essay'],
        ['profession', 'Nurse'],
        ['profession', 'Pharmacist'],
        ['topic', 'Medicines'],
        ['competency', 'Roles and Responsibilities'],
        ['setting', 'Community care'],
        ['year', '2025'],
      ],
    });
  });

  it('names a poster by its organisation and files it under Poster', () => {
    const record = pieceSearchRecord({ ...essay, kind: 'poster', byline: 'A teaching hospital' });
    expect(record.type).toBe('Poster');
    expect(record.byline).toBe('A teaching hospital');
    expect(record.filters).toContainEqual(['type', 'Poster']);
  });

  it('files a reference under its type and year of publication, with its authors, and no summary', () => {
    expect(referenceSearchRecord(reference)).toEqual({
      type: 'Reference',
      byline: 'Okafor',
      date: '2021',
      filters: [
        ['type', 'Reference'],
        ['year', '2021'],
      ],
    });
  });

  it('lists each value of a facet once', () => {
    const twice = { ...essay, topics: [...essay.topics, ...essay.topics] };
    expect(pieceSearchRecord(twice).filters.filter(([key]) => key === 'topic')).toEqual([['topic', 'Medicines']]);
  });

  it('uses facet keys that work as Pagefind filters and URL parameters', () => {
    const keys = SEARCH_FACETS.map((facet) => facet.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(/^[a-z]+$/);
      // Pagefind reserves these for compound filters; "q" is the query parameter.
      expect(['any', 'all', 'none', 'not', 'q']).not.toContain(key);
    }
  });
});

describe("the search page's facet values", () => {
  it('lists every value of every facet once, in facet order: years newest first, others by lower-cased label', () => {
    const poster: PieceCard = { ...essay, kind: 'poster', kindLabel: 'Poster', date: new Date('2026-03-01T00:00:00Z') };
    const options = searchFacetOptions([
      pieceSearchRecord(essay),
      pieceSearchRecord(poster),
      referenceSearchRecord({ authors: 'Okafor', year: 2009 }),
      referenceSearchRecord(reference),
      glossarySearchRecord('hca', { term: 'HCA', expansion: 'Healthcare assistant', definition: 'A role.' }),
    ]);
    expect(options.map((facet) => facet.key)).toEqual(SEARCH_FACETS.map((facet) => facet.key));
    expect(Object.fromEntries(options.map(({ key, values }) => [key, values]))).toEqual({
      type: ['Essay', 'Glossary term', 'Poster', 'Reference'],
      profession: ['Nurse', 'Pharmacist'],
      topic: ['Medicines'],
      competency: ['Roles and Responsibilities'],
      setting: ['Community care'],
      year: ['2026', '2025', '2021', '2009'],
    });
  });

  it('sorts by lower-cased label, so case does not split the list, and ignores filters of no facet', () => {
    const [type] = searchFacetOptions([
      {
        filters: [
          ['type', 'b'],
          ['type', 'C'],
          ['type', 'a'],
          ['colour', 'Red'],
        ],
      },
      { filters: { type: ['B2'] } },
    ]);
    expect(type?.values).toEqual(['a', 'b', 'B2', 'C']);
  });

  it('keeps a facet no record has, empty', () => {
    expect(searchFacetOptions([]).map(({ values }) => values)).toEqual(SEARCH_FACETS.map(() => []));
  });
});

describe('search URLs', () => {
  const facets = SEARCH_FACETS.map((facet) => facet.key);

  it('puts the query and each chosen facet value in the URL, in facet order', () => {
    expect(
      searchPageHref(' venepuncture ', { year: ['2026'], profession: ['Healthcare assistant', 'Nurse'] }, facets),
    ).toBe('/search/?q=venepuncture&profession=Healthcare+assistant&profession=Nurse&year=2026');
  });

  it('is the bare search page when nothing is chosen', () => {
    expect(searchPageHref('', {}, facets)).toBe('/search/');
    expect(searchPageHref('  ', { type: [] }, facets)).toBe('/search/');
  });

  it('reads back the same search from the URL, ignoring unknown and empty parameters', () => {
    const href = searchPageHref('role understanding', { type: ['Poster'], topic: ['Preceptorship'] }, facets);
    const params = new URL(href, 'https://example.org').searchParams;
    params.append('utm_source', 'newsletter');
    params.append('year', '');
    expect(searchFromParams(params, facets)).toEqual({
      term: 'role understanding',
      filters: { type: ['Poster'], topic: ['Preceptorship'] },
    });
  });

  it('browses when the URL has facets but no query', () => {
    expect(searchFromParams(new URLSearchParams('type=Essay'), facets)).toEqual({
      term: '',
      filters: { type: ['Essay'] },
    });
  });
});
