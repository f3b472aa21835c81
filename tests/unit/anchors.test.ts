/** Paragraph and heading anchors: unique, and unchanged by edits elsewhere in the essay. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAnchors, hashText, headingId, normaliseText, paragraphId } from '../../src/lib/markdown/anchors.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { parseSource } from '../../src/lib/content/source-file.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const seed = parseSource(
  readFileSync(path.join(ROOT, 'content/essays/learning-to-learn-from-each-other.mdx'), 'utf8'),
  'seed.mdx',
).body.trim();
const ids = (body: string) => findAnchors(parseMdx(body)).map((a) => a.id);
const paragraphs = seed.split(/\n\s*\n/);

describe('anchors of the seed essay', () => {
  const original = ids(seed);

  it('gives each of its nine paragraphs a unique id', () => {
    expect(original).toHaveLength(9);
    expect(new Set(original).size).toBe(9);
    for (const id of original) expect(id).toMatch(/^p-[0-9a-z]{7}$/);
  });

  it('keeps every id when a paragraph is inserted above, in the middle or at the end', () => {
    const inserted = 'A new paragraph written later, with a citation.[@busari_2017]';
    for (const at of [0, 4, paragraphs.length]) {
      const edited = [...paragraphs.slice(0, at), inserted, ...paragraphs.slice(at)].join('\n\n');
      const after = ids(edited);
      expect(after).toHaveLength(10);
      expect(after.filter((id) => id !== paragraphId(inserted))).toEqual(original);
    }
  });

  it('keeps the other ids when one paragraph is edited or removed', () => {
    const edited = [...paragraphs];
    edited[2] = `${edited[2]} One more sentence.`;
    const after = ids(edited.join('\n\n'));
    expect(after.filter((_, i) => i !== 2)).toEqual(original.filter((_, i) => i !== 2));
    expect(after[2]).not.toBe(original[2]);
    const removed = ids(paragraphs.filter((_, i) => i !== 5).join('\n\n'));
    expect(removed).toEqual(original.filter((_, i) => i !== 5));
  });

  it('ignores reflowed lines and spacing', () => {
    const reflowed = paragraphs
      .map((p) => p.replace(/ /g, '\n').replace(/\n/g, (_m, i) => (i % 3 ? ' ' : '\n')))
      .join('\n\n');
    expect(ids(reflowed)).toEqual(original);
  });
});

describe('anchor ids', () => {
  it('number repeated paragraphs and headings in order', () => {
    expect(ids('Same text.\n\n## Notes\n\nSame text.\n\n## Notes')).toEqual([
      paragraphId('Same text.'),
      'notes',
      `${paragraphId('Same text.')}-2`,
      'notes-2',
    ]);
  });

  it('slug headings readably and never take the layout’s own ids', () => {
    expect(headingId('What I learned — and why it matters')).toBe('what-i-learned-and-why-it-matters');
    expect(headingId('Café réflexion')).toBe('cafe-reflexion');
    expect(ids('## Main')).toEqual(['section-main']);
    // The cite-this panel, a poster's own panels, citation and footnote anchors: all the layout's or the plugins'.
    expect(
      ids('## Cite this AMA\n\n## Results\n\n## Cite 2\n\n## Ref busari_2017\n\n## Site search\n\n## Results'),
    ).toEqual([
      'section-cite-this-ama',
      'section-results',
      'section-cite-2',
      'section-ref-busari-2017',
      'section-site-search',
      'section-results-2',
    ]);
    expect(headingId('¶')).toBe('section');
  });

  it('anchor paragraphs in block quotes but not in lists', () => {
    const found = findAnchors(parseMdx('> Quoted words.\n\n- a list item\n- another')).map((a) => a.kind);
    expect(found).toEqual(['paragraph']);
  });

  it('name every heading, in lists and components too, but link only those at the top or in quotes', () => {
    const found = findAnchors(parseMdx('## Top\n\n- ## In a list\n\n<Aside>\n\n## Results\n\n</Aside>\n\n> ## Quoted'));
    expect(found.map((a) => [a.id, a.linked])).toEqual([
      ['top', true],
      ['in-a-list', false],
      ['section-results', false],
      ['quoted', true],
    ]);
  });

  it('hash normalised text the same way everywhere', () => {
    expect(normaliseText('  It’s  a\n“test”  ')).toBe('it\'s a "test"');
    expect(hashText('')).toBe(hashText(''));
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(paragraphId('Hello world')).toBe(paragraphId('hello   WORLD'));
  });
});
