import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/lib/check/nearest.ts';
import { pieceDates } from '../../src/lib/format/piece-dates.ts';
import { essayByline } from '../../src/lib/format/byline.ts';

describe('suggestions', () => {
  it('offers the nearest keys for a typo', () => {
    expect(nearest('busari2017', ['busari_2017', 'davison_2022', 'garnweidner_holme_2022'])).toEqual(['busari_2017']);
  });
  it('offers nothing when nothing is close', () => {
    expect(nearest('smith_1999', ['busari_2017', 'davison_2022'])).toEqual([]);
  });
});

describe("a piece page's dates", () => {
  const added = new Date('2026-11-22T00:00:00Z');

  it('gives an essay the library published first one date, as a <time>', () => {
    expect(pieceDates('essay', added, undefined)).toEqual({
      libraryLabel: 'Published',
      libraryText: '22 November 2026',
      libraryIso: '2026-11-22',
      libraryAsTime: true,
    });
  });

  it('says when and where a piece first appeared, as precisely as known, and calls the library date "added"', () => {
    expect(pieceDates('essay', added, { date: [2025, 3], venue: 'A student newsletter' })).toMatchObject({
      first: 'First published March 2025 in A student newsletter',
      libraryLabel: 'Added to the library',
      libraryAsTime: true,
    });
    expect(
      pieceDates('poster', added, { date: [2008, 5, 12], venue: 'An IPE forum', place: 'Calgary, Alberta' }).first,
    ).toBe('Presented 12 May 2008 at An IPE forum, Calgary, Alberta');
    expect(pieceDates('poster', added, { date: [2008] }).first).toBe('Presented 2008');
  });

  it("says so when nothing is known, and then keeps the library date out of a <time> (Zotero would take it for the work's)", () => {
    expect(pieceDates('essay', added, {})).toMatchObject({
      first: 'First published elsewhere (date not known)',
      libraryAsTime: false,
    });
    expect(pieceDates('poster', added, undefined)).toMatchObject({
      first: 'Presented before it was added (date and meeting not known)',
      libraryLabel: 'Added to the library',
      libraryAsTime: false,
    });
    expect(pieceDates('poster', added, { venue: 'An IPE forum' })).toMatchObject({
      first: 'Presented at An IPE forum',
      libraryAsTime: false,
    });
  });
});

describe("an essay's byline", () => {
  it('names an anonymous author by role as a reader would say it, alone and after "by"', () => {
    expect(essayByline({ name: 'Anonymous', role: 'Medical student' }, true)).toEqual({
      alone: 'A medical student',
      after: 'a medical student',
    });
    expect(essayByline({ name: 'Anonymous', role: 'Occupational therapist' }, true)).toEqual({
      alone: 'An occupational therapist',
      after: 'an occupational therapist',
    });
    expect(essayByline({ name: 'Anonymous', role: 'Undergraduate nursing student' }, true).after).toBe(
      'an undergraduate nursing student',
    );
    expect(essayByline({ name: 'Anonymous', role: 'University lecturer' }, true).after).toBe('a university lecturer');
  });
  it('keeps the capitals of an acronym and chooses the article by how it is said', () => {
    expect(essayByline({ name: 'Anonymous', role: 'NHS manager' }, true).after).toBe('an NHS manager');
    expect(essayByline({ name: 'Anonymous', role: 'GP trainee' }, true)).toEqual({
      alone: 'A GP trainee',
      after: 'a GP trainee',
    });
  });
  it("prints a named author's name and role as written", () => {
    expect(essayByline({ name: 'Jane Doe', role: 'Medical student' }, false)).toEqual({
      alone: 'Jane Doe, Medical student',
      after: 'Jane Doe, Medical student',
    });
  });
});
