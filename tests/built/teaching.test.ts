/** Teaching notes reach the piece's "For educators" section and their own printable page, word for word, set as an essay's text is (curly quotes, dashes). */
import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/lib/format/typeset.ts';
import { sourcePieces } from '../helpers/content.ts';
import { builtPages, page } from '../helpers/site.ts';

interface Notes {
  objectives: string[];
  questions: string[];
  activity?: string;
}

const pieces = sourcePieces();
const withNotes = pieces.filter((p) => p.data.teaching);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

it('both seed pieces have teaching notes', () => {
  expect(withNotes.map((p) => p.href).sort()).toEqual([
    '/essays/learning-to-learn-from-each-other/',
    '/posters/communities-of-practice-preceptorship/',
  ]);
});

describe.each(withNotes)('$href', (piece) => {
  const notes = piece.data.teaching as Notes;
  const printable = `/teaching/${piece.kind}/${piece.id}/`;

  it.each([
    ['its For educators section', piece.href, '#for-educators'],
    ['its printable page', printable, 'main'],
  ])('shows every objective, question and the activity in %s', (_, path, selector) => {
    const section = page(path).querySelector(selector);
    const lists = section?.querySelectorAll('.teaching-notes ol') ?? [];
    expect(lists[0]?.querySelectorAll('li').map((li) => squash(li.text))).toEqual(notes.objectives.map(typeset));
    expect(lists[1]?.querySelectorAll('li').map((li) => squash(li.text))).toEqual(notes.questions.map(typeset));
    if (notes.activity) expect(squash(section?.text ?? '')).toContain(typeset(notes.activity));
    expect(section?.querySelector('.teaching-notes')?.text, 'straight quotes').not.toMatch(/["']/);
  });

  it('links the section to the printable page and the page back to the piece', () => {
    expect(
      page(piece.href)
        .querySelectorAll('#for-educators a')
        .map((a) => a.getAttribute('href')),
    ).toContain(printable);
    expect(
      page(printable)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(piece.href);
    expect(
      page('/teaching/')
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(printable);
  });
});

it('gives no teaching page or section to a piece without notes', () => {
  const teachingPages = builtPages().filter((p) => /^\/teaching\/.+\/.+\//.test(p));
  expect(teachingPages.sort()).toEqual(withNotes.map((p) => `/teaching/${p.kind}/${p.id}/`).sort());
  for (const piece of pieces.filter((p) => !p.data.teaching))
    expect(page(piece.href).querySelector('#for-educators')).toBeNull();
});
