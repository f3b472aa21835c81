/** The first use of a glossary abbreviation becomes a linked <abbr>; code, links, headings and later uses are left alone. */
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markAbbreviations } from '../../src/lib/markdown/remark-glossary.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';

const ABBREVIATIONS = [
  { id: 'hca', term: 'HCA', expansion: 'healthcare assistant' },
  { id: 'mdt', term: 'MDT', expansion: 'multidisciplinary team' },
];

function render(markdown: string): { html: string; marked: string[] } {
  const tree: Root = parseMdx(markdown);
  const marked = markAbbreviations(tree, ABBREVIATIONS);
  return { html: toHtml(toHast(tree)), marked };
}

const HCA = '<a href="/glossary/#hca" class="glossary-term"><abbr title="healthcare assistant">HCA</abbr></a>';

describe('markAbbreviations', () => {
  it('marks only the first use of each abbreviation', () => {
    const { html, marked } = render('The HCA took blood.\n\nLater the HCA explained it.');
    expect(html).toBe(`<p>The ${HCA} took blood.</p>\n<p>Later the HCA explained it.</p>`);
    expect(marked).toEqual(['hca']);
  });

  it('marks two different abbreviations in the same sentence', () => {
    const { html } = render('The HCA and the MDT met.');
    expect(html).toContain(HCA);
    expect(html).toContain('<abbr title="multidisciplinary team">MDT</abbr></a> met.');
  });

  it('matches whole words only', () => {
    expect(render('HCAs and PHCA and HCA-led clinics.').marked).toEqual([]);
  });

  it('leaves text in links, code and headings alone, and marks the first use in prose after them', () => {
    const { html, marked } = render(
      '## The HCA\n\nSee [the HCA guide](https://example.org) and `HCA`.\n\nThe HCA came.',
    );
    expect(html).toContain('<h2>The HCA</h2>');
    expect(html).toContain('<a href="https://example.org">the HCA guide</a>');
    expect(html).toContain('<code>HCA</code>');
    expect(html).toContain(`<p>The ${HCA} came.</p>`);
    expect(marked).toEqual(['hca']);
  });

  it('does nothing without abbreviations', () => {
    const tree = parseMdx('The HCA came.');
    expect(markAbbreviations(tree, [])).toEqual([]);
  });
});
