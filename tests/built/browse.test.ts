/**
 * Browse pages over the built site: every term page lists exactly the pieces tagged with it, every
 * vocabulary page counts them right, and every piece links each of its terms.
 */
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../src/data/taxonomy/index.ts';
import { termIdsOf } from '../../src/lib/taxonomy/piece-terms.ts';
import { sourcePieces } from '../helpers/content.ts';
import { builtPages, listPages, page } from '../helpers/site.ts';

const pieces = sourcePieces();
const pages = new Set(builtPages());
const browsable = Object.values(VOCABULARIES).filter((v) => v.browsable);
const tagged = (vocabulary: (typeof browsable)[number]['id'], id: string) =>
  pieces
    .filter((p) => termIdsOf(p.data, vocabulary).includes(id))
    .map((p) => p.href)
    .sort();

describe.each(browsable)('the $id vocabulary', (vocabulary) => {
  it.each(vocabulary.terms.map((t) => t.id))(
    '%s has a page listing exactly its pieces, or no page when it has none',
    (id) => {
      const expected = tagged(vocabulary.id, id);
      const path = `/browse/${vocabulary.id}/${id}/`;
      if (expected.length === 0) {
        expect(pages.has(path)).toBe(false);
        return;
      }
      const listed = listPages(path)
        .flatMap((root) => root.querySelectorAll('[data-term-pieces] article h3 a').map((a) => a.getAttribute('href')))
        .sort();
      expect(listed).toEqual(expected);
    },
  );

  it('counts each term’s pieces on its index page', () => {
    const root = page(`/browse/${vocabulary.id}/`);
    for (const term of vocabulary.terms) {
      const count = tagged(vocabulary.id, term.id).length;
      const entry = root.querySelector(`[id="${term.id}"] dt`);
      expect(entry?.text.replace(/\s+/g, ' '), term.id).toContain(`${count} ${count === 1 ? 'piece' : 'pieces'}`);
      expect(entry?.querySelector('a')?.getAttribute('href') ?? null, term.id).toBe(
        count > 0 ? `/browse/${vocabulary.id}/${term.id}/` : null,
      );
    }
  });
});

describe.each(pieces)('$href', (piece) => {
  it('links every one of its terms to the term’s page', () => {
    const links = new Set(
      page(piece.href)
        .querySelectorAll('[aria-labelledby="tags-heading"] a')
        .map((a) => a.getAttribute('href')),
    );
    for (const vocabulary of browsable) {
      for (const id of termIdsOf(piece.data, vocabulary.id))
        expect(links, `${vocabulary.id}/${id}`).toContain(`/browse/${vocabulary.id}/${id}/`);
    }
  });
});

it('takes an educator from a competency or a profession to its pieces in two clicks from Browse', () => {
  const browse = page('/browse/');
  for (const [term, expected] of [
    ['/browse/competencies/roles-responsibilities/', tagged('competencies', 'roles-responsibilities')],
    ['/browse/professions/healthcare-assistant/', tagged('professions', 'healthcare-assistant')],
  ] as const) {
    expect(browse.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(term);
    expect(expected.length).toBeGreaterThan(0);
    const links = page(term)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const href of expected) expect(links).toContain(href);
  }
});

describe('/browse/', () => {
  it('names each vocabulary inside a sentence without lower-casing its acronyms ("All 4 IPEC competencies")', () => {
    const root = page('/browse/');
    for (const vocabulary of browsable) {
      const line = root.querySelector(`[aria-labelledby="${vocabulary.id}-heading"] a.solo-link`)?.text ?? '';
      expect(line, vocabulary.id).toMatch(/^All \d+ /);
      for (const acronym of vocabulary.title.match(/\b\p{Lu}{2,}\b/gu) ?? [])
        expect(line, vocabulary.id).toContain(acronym);
      expect(line, vocabulary.id).toContain(vocabulary.title.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase()));
    }
    expect(
      browsable.some((v) => /\b\p{Lu}{2,}\b/u.test(v.title)),
      'a vocabulary title with an acronym to test',
    ).toBe(true);
  });
});
