/**
 * Essay and poster pages show the same parts of a piece (src/lib/routes/piece-page.ts gathers them once
 * for both layouts): the licence line, the citation panel, the terms, the teaching notes when there are
 * any. The poster page had lost its licence line while the essay page kept it.
 */
import { describe, expect, it } from 'vitest';
import { sourcePieces } from '../helpers/content.ts';
import { page } from '../helpers/site.ts';

const pieces = sourcePieces();

describe.each(pieces.map((piece) => [piece.href, piece] as const))('%s', (href, piece) => {
  const root = page(href);
  const footer = root.querySelector('article > footer');

  it('ends with its terms and its licence line, which names the licence of its front matter', () => {
    const licence = String(piece.data.licence ?? 'CC-BY-4.0').replaceAll('-', ' ');
    expect(footer?.querySelector('#tags-heading')?.text).toBe('Browse by its tags');
    expect(footer?.querySelectorAll('p').map((p) => p.text.trim())).toContain(`Licence: ${licence}`);
  });

  it('offers its own citation, and the teaching notes when it has them', () => {
    const kind = piece.kind === 'essays' ? 'essay' : 'poster';
    expect(root.querySelector('details.cite-panel summary')?.text).toBe(`Cite this ${kind}`);
    const educators = root.querySelector('#for-educators a');
    if (piece.data.teaching) expect(educators?.getAttribute('href')).toBe(`/teaching/${piece.kind}/${piece.id}/`);
    else expect(educators).toBeNull();
  });
});

it('covers both kinds of piece page', () => {
  expect(new Set(pieces.map((p) => p.kind))).toEqual(new Set(['essays', 'posters']));
});
