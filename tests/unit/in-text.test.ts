/**
 * In-text citations in every style (src/lib/citations/in-text.ts): numbers for AMA and Vancouver,
 * author-date for APA and Harvard by each style's rules, each cited work linked to its entry.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml, type InTextNode, inTextToText, renderInTextCitations } from '../../src/lib/citations/in-text.ts';
import type { ReferenceData } from '../../src/schemas/reference.ts';

const article = (title: string, author: ReferenceData['author'], year: number): ReferenceData => ({
  type: 'article-journal',
  title,
  author,
  'container-title': 'Journal of Examples',
  'container-title-short': 'J Ex',
  issued: { 'date-parts': [[year]] },
});

const references = new Map<string, ReferenceData>([
  [
    'okafor_2021',
    article(
      'Learning together',
      [
        { family: 'Okafor', given: 'Ada' },
        { family: 'Lee', given: 'Sam' },
      ],
      2021,
    ),
  ],
  [
    'okafor_2021b',
    article(
      'Learning apart',
      [
        { family: 'Okafor', given: 'Ada' },
        { family: 'Lee', given: 'Sam' },
      ],
      2021,
    ),
  ],
  [
    'mensah_2019',
    article(
      'Ward teams',
      [
        { family: 'Mensah', given: 'Kofi' },
        { family: 'Brown', given: 'Ann' },
        { family: 'Diaz', given: 'Luz' },
      ],
      2019,
    ),
  ],
  [
    'who_2010',
    {
      type: 'report',
      title: 'A framework for action',
      author: [{ literal: 'World Health Organization' }],
      publisher: 'World Health Organization',
      issued: { 'date-parts': [[2010]] },
    },
  ],
]);
const order = ['okafor_2021', 'mensah_2019', 'who_2010', 'okafor_2021b'];
const citations = [
  { items: [{ key: 'okafor_2021' }], inText: false },
  { items: [{ key: 'mensah_2019', locator: 'p. 230' }, { key: 'okafor_2021' }], inText: false },
  { items: [{ key: 'who_2010' }], inText: true },
  { items: [{ key: 'okafor_2021b', locator: 'chap. 3' }], inText: true },
  { items: [{ key: 'okafor_2021' }, { key: 'okafor_2021b' }], inText: false },
];
const marks = renderInTextCitations(citations, order, references);
const texts = (style: 'ama' | 'apa' | 'vancouver' | 'harvard') => marks.map((m) => inTextToText(m[style]));

/** The keys each citation links to, in reading order. */
const links = (nodes: readonly InTextNode[]): string[] =>
  nodes.flatMap((n) => (n.type === 'link' ? [n.key] : n.type === 'format' ? links(n.children) : []));

describe('numeric styles', () => {
  it('AMA: superscript numbers in first-cited order, the locator after its number, authors before a narrative one', () => {
    expect(texts('ama')).toEqual(['1', '2(p230),1', 'World Health Organization3', 'Okafor and Lee4(chap3)', '1,4']);
    expect(marks[0]?.ama[0]).toMatchObject({ type: 'format', tag: 'sup' });
  });

  it('Vancouver: numbers in brackets, a locator after its number', () => {
    expect(texts('vancouver')).toEqual([
      '(1)',
      '(2, p. 230; 1)',
      'World Health Organization (3)',
      'Okafor and Lee (4, chap. 3)',
      '(1,4)',
    ]);
  });

  it('names each number for assistive technology', () => {
    expect(marks[1]?.vancouver.filter((n) => n.type === 'link').map((n) => (n.type === 'link' ? n.label : ''))).toEqual(
      ['Reference 2', 'Reference 1'],
    );
  });
});

describe('author-date styles', () => {
  it('APA: "&" for two authors, et al. for three or more, a/b for the same authors and year (by title, as the reference list orders them), sorted clusters, "and" in narrative', () => {
    expect(texts('apa')).toEqual([
      '(Okafor & Lee, 2021b)',
      '(Mensah et al., 2019, p. 230; Okafor & Lee, 2021b)',
      'World Health Organization (2010)',
      'Okafor and Lee (2021a, Chapter 3)',
      '(Okafor & Lee, 2021a, 2021b)',
    ]);
  });

  it('Harvard: "and", every author up to three, a/b, page locators', () => {
    expect(texts('harvard')).toEqual([
      '(Okafor and Lee, 2021b)',
      '(Mensah, Brown and Diaz, 2019, p. 230; Okafor and Lee, 2021b)',
      'World Health Organization (2010)',
      'Okafor and Lee (2021a, chap. 3)',
      '(Okafor and Lee, 2021a, 2021b)',
    ]);
  });

  it('links each work of a cluster to its own entry, even where the style merges two works by the same authors', () => {
    expect(marks.map((m) => links(m.apa))).toEqual([
      ['okafor_2021'],
      ['mensah_2019', 'okafor_2021'],
      ['who_2010'],
      ['okafor_2021b'],
      ['okafor_2021b', 'okafor_2021'],
    ]);
    expect(marks.map((m) => links(m.harvard))).toEqual([
      ['okafor_2021'],
      ['mensah_2019', 'okafor_2021'],
      ['who_2010'],
      ['okafor_2021b'],
      ['okafor_2021b', 'okafor_2021'],
    ]);
  });
});

it('reads the formatting citeproc writes', () => {
  expect(fromHtml('Smith <i>et al.</i> &#38; <span style="font-variant:small-caps;">Jones</span>')).toEqual([
    { type: 'text', value: 'Smith ' },
    { type: 'format', tag: 'i', children: [{ type: 'text', value: 'et al.' }] },
    { type: 'text', value: ' & ' },
    { type: 'format', tag: 'small-caps', children: [{ type: 'text', value: 'Jones' }] },
  ]);
});
