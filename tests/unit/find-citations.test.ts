import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations, findCitationsInText } from '../../src/lib/citations/find-citations.ts';
import { NUMBERING_FIELD, numberCitations, readNumberingRecord } from '../../src/lib/citations/number-citations.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { compilePiece } from '../../src/lib/markdown/pipeline.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

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
    const { order, backlinks } = numberCitations(findCitations(parseMdx('A.[@b] B.[@a; @b] C.[@c] D.[@a]')));
    expect(order).toEqual(['b', 'a', 'c']);
    expect(backlinks.get('a')).toEqual(['cite-2', 'cite-4']);
    expect(backlinks.get('b')).toEqual(['cite-1', 'cite-2']);
  });

  it('is done by the compile, which leaves the numbering in the remark front matter for the pages', async () => {
    // The library's own references, as a piece under content/essays/ would cite them.
    const frontmatter: Record<string, unknown> = { title: 'x' };
    const body = 'A.[@davison_2022] B.[@busari_2017; @davison_2022] C.[@garnweidner_holme_2022] D.[@busari_2017]';
    const file = path.join(ROOT, 'content/essays/numbered-by-the-compile.mdx');
    const { error } = await compilePiece(ROOT, file, body, frontmatter);
    expect(error).toBeUndefined();
    expect(frontmatter[NUMBERING_FIELD]).toEqual({
      order: ['davison_2022', 'busari_2017', 'garnweidner_holme_2022'],
      backlinks: [
        ['davison_2022', ['cite-1', 'cite-2']],
        ['busari_2017', ['cite-2', 'cite-4']],
        ['garnweidner_holme_2022', ['cite-3']],
      ],
    });
    // What a page reads back (through JSON, as Astro writes it into the compiled module).
    const read = readNumberingRecord(JSON.parse(JSON.stringify(frontmatter)), 'content/essays/x.mdx');
    expect(read.order).toEqual(['davison_2022', 'busari_2017', 'garnweidner_holme_2022']);
    expect(read.backlinks.get('busari_2017')).toEqual(['cite-2', 'cite-4']);
  });

  it('records an empty numbering for a piece that cites nothing, and a page refuses a piece without one', async () => {
    const frontmatter: Record<string, unknown> = {};
    await compilePiece(ROOT, path.join(ROOT, 'content/essays/cites-nothing.mdx'), 'No citations here.', frontmatter);
    expect(frontmatter[NUMBERING_FIELD]).toEqual({ order: [], backlinks: [] });
    expect(() => readNumberingRecord({ title: 'x' }, 'content/essays/x.mdx')).toThrow(
      /content\/essays\/x\.mdx was compiled without its citation numbering/,
    );
  });
});
