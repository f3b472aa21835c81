import { describe, expect, it } from 'vitest';
import { findCitations, findCitationsInText } from '../../src/lib/citations/find-citations.ts';
import { numberCitationsInBody } from '../../src/lib/citations/number-citations.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';

describe('finding Pandoc citations', () => {
  it('reads a single bracketed citation', () => {
    expect(findCitationsInText('as shown.[@busari_2017]')).toMatchObject([
      { items: [{ key: 'busari_2017' }], inText: false },
    ]);
  });

  it('reads a cluster with locators', () => {
    expect(findCitationsInText('[@a; @b_2, p. 5]')[0]?.items).toEqual([{ key: 'a' }, { key: 'b_2', locator: 'p. 5' }]);
  });

  it('reads an author-in-text citation', () => {
    expect(findCitationsInText('@davison_2022 found that')).toMatchObject([
      { items: [{ key: 'davison_2022' }], inText: true },
    ]);
  });

  it('does not read e-mail addresses or code as citations', () => {
    const tree = parseMdx('Write to someone@example.org or run `[@not_a_citation]`.\n\n```\n[@nor_this]\n```\n');
    expect(findCitations(tree)).toEqual([]);
  });

  it('gives the line and column of each citation', () => {
    const tree = parseMdx('First line.\n\nSecond paragraph cites [@x] and\nthen [@y].\n');
    expect(findCitations(tree).map((c) => [c.items[0]?.key, c.line, c.column])).toEqual([
      ['x', 3, 24],
      ['y', 4, 6],
    ]);
  });
});

describe('numbering citations', () => {
  it('numbers works in first-cited order and records every place each is cited', () => {
    const { order, backlinks } = numberCitationsInBody('A.[@b] B.[@a; @b] C.[@c] D.[@a]');
    expect(order).toEqual(['b', 'a', 'c']);
    expect(backlinks.get('a')).toEqual(['cite-2', 'cite-4']);
    expect(backlinks.get('b')).toEqual(['cite-1', 'cite-2']);
  });
});
