/** Reading time, related pieces and the newer/older links on the built piece pages. */
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/format/reading-time.ts';
import { RELATED_COUNT } from '../../src/lib/taxonomy/related.ts';
import { rankRelated } from '../helpers/related.ts';
import { sourcePieces } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

const pieces = sourcePieces();
// Library order: newest first, then by title (as the listings show them).
const ordered = [...pieces].sort(
  (a, b) =>
    String(b.data.published).localeCompare(String(a.data.published)) || a.data.title.localeCompare(b.data.title),
);
const candidates = pieces.map((p) => ({ item: p.href, key: p.href, data: p.data }));

describe.each(pieces)('$href', (piece) => {
  const root = page(piece.href);

  it('lists the pieces that share most competencies and professions with it, leaving out the ones the newer/older links offer', () => {
    const paged = root.querySelectorAll('[data-pager] a').map((a) => a.getAttribute('href'));
    const expected = rankRelated({ item: piece.href, key: piece.href, data: piece.data }, candidates, RELATED_COUNT + 2)
      .filter((href) => !paged.includes(href))
      .slice(0, RELATED_COUNT);
    const related = root.querySelectorAll('[data-related] a').map((a) => a.getAttribute('href'));
    expect(related).toEqual(expected);
    for (const href of paged) expect(related).not.toContain(href);
  });

  it('links the newer and the older piece in the library', () => {
    const i = ordered.findIndex((p) => p.href === piece.href);
    expect(root.querySelector('[data-pager] a[rel="prev"]')?.getAttribute('href')).toBe(ordered[i - 1]?.href);
    expect(root.querySelector('[data-pager] a[rel="next"]')?.getAttribute('href')).toBe(ordered[i + 1]?.href);
  });
});

it('shows each essay’s reading time', () => {
  for (const essay of pieces.filter((p) => p.kind === 'essays')) {
    expect(page(essay.href).querySelector('[data-reading-time]')?.text).toBe(`${readingMinutes(essay.body)} min read`);
  }
});

it('the seed essay and poster are related (they share IPEC competencies) but follow each other, so each links the other once, as older or newer, and lists no related pieces', () => {
  const href = '/essays/learning-to-learn-from-each-other/';
  const essay = page(href);
  const poster = '/posters/communities-of-practice-preceptorship/';
  const self = candidates.find((c) => c.key === href);
  expect(self && rankRelated(self, candidates)).toContain(poster);
  expect(essay.querySelectorAll('[data-pager] a')).toHaveLength(1);
  expect(essay.querySelectorAll(`a[href="${poster}"]`)).toHaveLength(1);
  expect(essay.querySelector('[data-related]')).toBeNull();
});
