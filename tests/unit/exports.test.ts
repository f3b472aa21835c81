/**
 * The download files: what they say, tag by tag, in the forms Zotero's import translators read
 * (docs/citations.md), and that each parses back with citation-js to the reference data field by field.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { type CitablePiece, pieceItem } from '../../src/lib/citations/csl-items.ts';
import { toBibtex, toCslJson, toRis } from '../../src/lib/citations/exports.ts';
import { SEED_KEYS, seedItem, seedReference } from '../helpers/references.ts';
import { comparableFields } from '../helpers/round-trip.ts';

const items = SEED_KEYS.map(seedItem);
const common = {
  summary: 'A reflection & more.',
  added: new Date('2026-11-22T00:00:00Z'),
  siteName: 'Interprofessional Learning Library',
  language: 'en-GB',
  keywords: ['Teamwork', 'Patient safety'],
};
const essayPiece: CitablePiece = {
  ...common,
  kind: 'essay',
  id: 'learning-to-learn',
  title: 'Learning to learn from each other',
  authors: [{ name: 'Ada Example', person: true }],
  issued: [2026, 11, 22],
  url: 'https://ipl-library.github.io/essays/learning-to-learn/',
};
const posterPiece: CitablePiece = {
  ...common,
  kind: 'poster',
  id: 'shared-wards',
  title: 'Shared Wards: A Poster',
  authors: [{ name: 'Collaboration in Clinical Settings Project', person: false }],
  issued: [2008, 5],
  firstPublished: { date: [2008, 5], venue: 'Alberta Interprofessional Forum', place: 'Calgary, Alberta' },
  url: 'https://ipl-library.github.io/posters/shared-wards/',
};
const essay = pieceItem(essayPiece);
const poster = pieceItem(posterPiece);

describe('BibTeX', () => {
  const bib = toBibtex(items);

  it('uses the citation keys as BibTeX keys', () => {
    expect([...bib.matchAll(/^@article\{([^,]+),/gm)].map((m) => m[1])).toEqual([...SEED_KEYS]);
  });

  it('adds shortjournal, where Zotero reads the journal abbreviation', () => {
    expect(bib).toContain(
      '\tjournal = {Journal of Multidisciplinary Healthcare},\n\tshortjournal = {J Multidiscip Healthc},',
    );
  });

  it('parses back to the reference data, field by field', () => {
    const back = new Cite(bib, { forceType: '@biblatex/text' }).data;
    expect(back.map(comparableFields)).toEqual(items.map(comparableFields));
  });

  it('writes an essay as biblatex @online with its organization, date, abstract, keywords and language', () => {
    expect(toBibtex([essay])).toBe(
      [
        '@online{learning_to_learn,',
        '\tauthor = {Example, Ada},',
        '\ttitle = {{Learning to learn from each other}},',
        '\torganization = {Interprofessional Learning Library},',
        '\tdate = {2026-11-22},',
        '\tabstract = {A reflection \\& more.},',
        '\tkeywords = {Teamwork, Patient safety},',
        '\tlanguage = {en-GB},',
        '\turl = {https://ipl-library.github.io/essays/learning-to-learn/},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a poster as biblatex @unpublished of type Poster, its group author whole in double braces', () => {
    const entry = toBibtex([poster]);
    expect(entry).toMatch(
      /^@unpublished\{shared_wards,\n\tauthor = \{\{Collaboration in Clinical Settings Project\}\},\n\ttitle = \{\{Shared Wards: A Poster\}\},\n\ttype = \{Poster\},/,
    );
    expect(entry).toContain(
      '\teventtitle = {Alberta Interprofessional Forum},\n\tvenue = {Calgary, Alberta},\n\tlocation = {Calgary, Alberta},\n\tdate = {2008-05},',
    );
    const [back] = new Cite(entry, { forceType: '@biblatex/text' }).data;
    expect(comparableFields(back ?? {})).toMatchObject({
      title: 'Shared Wards: A Poster',
      author: [{ literal: 'Collaboration in Clinical Settings Project' }],
      issued: [2008, 5],
    });
  });
});

describe('RIS', () => {
  const ris = toRis(items);

  it('writes one tag per line, never wrapping a long title', () => {
    for (const line of ris.split('\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris).toContain(`TI  - ${seedReference('garnweidner_holme_2022').title}`);
  });

  it('keeps the whole citation key as ID, the journal as T2 and J2, and pages as SP and EP', () => {
    expect([...ris.matchAll(/^ID {2}- (.*)$/gm)].map((m) => m[1])).toEqual([...SEED_KEYS]);
    expect(ris).toContain('T2  - Journal of Multidisciplinary Healthcare\n');
    expect(ris).toContain('J2  - J Multidiscip Healthc\n');
    expect(ris).toMatch(/^SP {2}- 227\nEP {2}- 234$/m);
  });

  it('parses back to the reference data, field by field', () => {
    const back = new Cite(ris, { forceType: '@ris/file' }).data;
    expect(back.map(comparableFields)).toEqual(items.map(comparableFields));
  });

  it('writes an essay as a blog post (BLOG) with the library as T2', () => {
    expect(toRis([essay])).toMatch(/^TY {2}- BLOG\n/);
    expect(toRis([essay])).toContain('T2  - Interprofessional Learning Library\n');
  });

  it('writes a poster as a presentation (SLIDE): one AU for the group, the meeting as T2, its place as CY, Poster as M3', () => {
    const entry = toRis([poster]);
    expect(entry).toMatch(/^TY {2}- SLIDE\n/);
    expect(entry.match(/^AU {2}- .*$/gm)).toEqual(['AU  - Collaboration in Clinical Settings Project']);
    expect(entry).toContain('T2  - Alberta Interprofessional Forum\n');
    expect(entry).toContain('CY  - Calgary, Alberta\n');
    expect(entry).toContain('M3  - Poster\n');
    expect(entry).toContain('PY  - 2008\n');
  });
});

describe('CSL-JSON', () => {
  it('is the items, with journalAbbreviation (what Zotero reads) beside container-title-short', () => {
    const back = JSON.parse(toCslJson(items)) as Array<Record<string, unknown>>;
    back.forEach((item, i) => {
      const { journalAbbreviation, ...rest } = item;
      expect(journalAbbreviation).toBe(items[i]?.['container-title-short']);
      expect(rest).toEqual(JSON.parse(JSON.stringify(items[i])));
    });
  });

  it('parses back with citation-js to the reference data, field by field', () => {
    const back = new Cite(JSON.parse(toCslJson(items))).data;
    expect(back.map(comparableFields)).toEqual(items.map(comparableFields));
  });

  it('describes a poster as a speech of the genre Poster with its event, in both CSL 1.0.1 and 1.0.2 names', () => {
    expect(JSON.parse(toCslJson([poster]))[0]).toMatchObject({
      type: 'speech',
      genre: 'Poster',
      'event-title': 'Alberta Interprofessional Forum',
      event: 'Alberta Interprofessional Forum',
      'event-place': 'Calgary, Alberta',
      author: [{ literal: 'Collaboration in Clinical Settings Project' }],
      issued: { 'date-parts': [[2008, 5]] },
    });
    expect(JSON.parse(toCslJson([poster]))[0]).not.toHaveProperty('container-title');
  });
});
