/**
 * The download files import cleanly: BibTeX, RIS and CSL-JSON written by the site parse back with
 * citation-js (what reference managers' importers follow) to the same DOIs, titles and authors.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { pieceItem } from '../../src/lib/citations/csl-items.ts';
import { toBibtex, toCslJson, toRis } from '../../src/lib/citations/exports.ts';
import { SEED_KEYS, seedItem } from '../helpers/references.ts';

const items = SEED_KEYS.map(seedItem);
const essay = pieceItem({
  kind: 'essay',
  id: 'learning-to-learn',
  title: 'Learning to learn from each other',
  summary: 'A reflection.',
  authors: [{ name: 'Ada Example', person: true }],
  published: new Date('2026-11-22T00:00:00Z'),
  url: 'https://ipl-library.github.io/essays/learning-to-learn/',
  siteName: 'Interprofessional Learning Library',
  language: 'en-GB',
  keywords: ['Teamwork'],
});

type Work = { DOI?: string; title?: string; author?: Array<{ family?: string; given?: string }>; URL?: string };
const essentials = (works: Work[]) =>
  works.map((w) => ({ DOI: w.DOI?.toLowerCase(), title: w.title, author: (w.author ?? []).map((a) => `${a.family}, ${a.given}`) }));

describe('BibTeX', () => {
  const bib = toBibtex(items);

  it('uses the citation keys as BibTeX keys', () => {
    expect([...bib.matchAll(/^@article\{([^,]+),/gm)].map((m) => m[1])).toEqual([...SEED_KEYS]);
  });

  it('parses back to the same DOIs, titles and authors', () => {
    const back = new Cite(bib, { forceType: '@biblatex/text' }).data as Work[];
    expect(essentials(back)).toEqual(essentials(items as Work[]));
  });

  it('carries an essay with its address, and its month without the day BibTeX has no field for', () => {
    expect(toBibtex([essay])).toContain('month = {11}');
    const back = new Cite(toBibtex([essay]), { forceType: '@biblatex/text' }).data as Work[];
    expect(back[0]?.title).toBe('Learning to learn from each other');
    expect(back[0]?.author).toEqual([{ family: 'Example', given: 'Ada' }]);
    expect(back[0]?.URL).toBe('https://ipl-library.github.io/essays/learning-to-learn/');
  });
});

describe('RIS', () => {
  const ris = toRis(items);

  it('writes one tag per line, never wrapping a long title', () => {
    for (const line of ris.split('\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris).toContain('TI  - Is Interprofessional Learning Only Meant for Professions Within Healthcare? - A Qualitative Analysis');
  });

  it('keeps the whole citation key as ID', () => {
    expect([...ris.matchAll(/^ID {2}- (.*)$/gm)].map((m) => m[1])).toEqual([...SEED_KEYS]);
  });

  it('parses back to the same DOIs, titles and authors', () => {
    const back = new Cite(ris, { forceType: '@ris/file' }).data as Work[];
    expect(essentials(back)).toEqual(essentials(items as Work[]));
  });
});

describe('CSL-JSON', () => {
  it('is the items themselves', () => {
    expect(JSON.parse(toCslJson(items))).toEqual(JSON.parse(JSON.stringify(items)));
  });
});
