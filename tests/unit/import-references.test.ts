/**
 * `npm run ref:add`: exports from reference managers (BibTeX, RIS, CSL-JSON fixtures in
 * tests/fixtures/ref-add) become reference files the library accepts; duplicates by DOI and invalid
 * works are refused with the reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { importFormatOf, parseExport, planImport, suggestKey } from '../../src/lib/citations/import-references.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'tests/fixtures/ref-add', name);
const read = (name: string) => parseExport(readFileSync(fixture(name), 'utf8'), importFormatOf(name)!);
const SEEDS = [
  { id: 'busari_2017', doi: '10.2147/JMDH.S140042' },
  { id: 'davison_2022', doi: '10.1080/13561820.2021.1943336' },
];

describe('planning an import', () => {
  it('reads BibTeX: keys from family name and year, DOI prefix removed, page range with a hyphen', () => {
    const { accepted } = planImport(read('zotero.bib'), SEEDS);
    expect(accepted.map((a) => a.id)).toEqual(['okafor_2021', 'mensah_2020']);
    expect(accepted[0]?.data).toMatchObject({
      DOI: '10.1234/JSL.2021.0042',
      page: '10-19',
      issue: '2',
      'container-title-short': 'J Shared Learn',
      author: [
        { family: 'Okafor', given: 'Ada' },
        { family: 'van der Berg', given: 'Jan' },
      ],
    });
  });

  it('refuses a work whose DOI the library has, whatever its case, and says which entry has it', () => {
    const { refused } = planImport(read('zotero.bib'), SEEDS);
    expect(refused[0]).toEqual({
      label: 'entry 2 ("Understanding the impact of interprofessional collaboration on the quality of care")',
      reason: 'its DOI 10.2147/jmdh.s140042 is already the existing reference "busari_2017"; cite that key instead',
    });
  });

  it('adds a journal article without an abbreviation, with a warning, and warns of a Title Case title', () => {
    const { accepted } = planImport(read('zotero.bib'), SEEDS);
    expect(accepted.map((a) => a.id)).toEqual(['okafor_2021', 'mensah_2020']);
    expect(accepted[1]?.data['container-title-short']).toBeUndefined();
    expect(accepted[1]?.notes).toEqual([
      'no journal abbreviation: AMA and Vancouver will print "Journal of Examples" in full; add container-title-short (the NLM abbreviation) if the journal has one',
    ]);
    expect(accepted[0]?.notes).toEqual([expect.stringContaining('the title looks like Title Case')]);
  });

  it('reads an organisation author in BibTeX double braces as one literal name', () => {
    const { accepted, refused } = planImport(read('organisation.bib'), SEEDS);
    expect(refused).toEqual([]);
    expect(accepted[0]?.data.author).toEqual([{ literal: 'World Health Organization' }]);
    expect(accepted[0]?.id).toBe('world_2010');
  });

  it('gives a plain Zotero BibTeX article (no shortjournal) the abbreviation the library already has for its journal', () => {
    const existing = [
      ...SEEDS,
      {
        id: 'busari_2017b',
        journal: 'Journal of Multidisciplinary Healthcare',
        journalShort: 'J Multidiscip Healthc',
        issn: '1178-2390',
      },
    ];
    const { accepted, refused } = planImport(read('zotero-plain.bib'), existing);
    expect(refused).toEqual([]);
    expect(accepted.map((a) => [a.id, a.data['container-title-short']])).toEqual([
      ['kim_2019', 'J Multidiscip Healthc'],
      ['ode_2020', undefined],
    ]);
    expect(accepted[0]?.notes).toEqual(['took the journal abbreviation "J Multidiscip Healthc" from busari_2017b']);
    expect(accepted[0]?.data).toMatchObject({
      title: 'Teamwork on the ward: A case study',
      page: '1-9',
      issued: { 'date-parts': [[2019, 5]] },
    });
  });

  it('reads RIS, dotting run-together initials and refusing a DOI repeated in the same import', () => {
    const { accepted, refused } = planImport([...read('zotero.bib'), ...read('endnote.ris')], SEEDS);
    expect(accepted.map((a) => a.id)).toEqual(['okafor_2021', 'mensah_2020', 'lindqvist_2019']);
    expect(accepted[2]?.data.author[0]).toEqual({ family: 'Lindqvist', given: 'S. M.' });
    expect(refused.at(-1)?.reason).toBe(
      'its DOI 10.1234/jsl.2021.0042 is already entry 1 of this file (added as "okafor_2021"); cite that key instead',
    );
  });

  it('reads CSL-JSON from Zotero: group authors, journal abbreviation, en dash page range, and a second key for the same author and year', () => {
    const { accepted } = planImport(read('zotero.json'), [...SEEDS, { id: 'okafor_2021', doi: '10.1234/other' }]);
    expect(accepted.map((a) => a.id)).toEqual(['world_2010', 'okafor_2021b']);
    expect(accepted[0]?.data.author).toEqual([{ literal: 'World Health Organization' }]);
    expect(accepted[1]?.data).toMatchObject({ 'container-title-short': 'J Shared Learn', page: '20-29' });
  });

  it('makes keys that are valid citation keys', () => {
    expect(suggestKey({ author: [{ family: 'Garnweidner-Holme' }], issued: { 'date-parts': [[2022]] } })).toBe(
      'garnweidner_holme_2022',
    );
    expect(suggestKey({ author: [{ family: 'Ødegård' }], issued: { 'date-parts': [[2020]] } })).toBe('odegard_2020');
  });
});

describe('npm run ref:add', () => {
  const content = mkdtempSync(path.join(tmpdir(), 'ref-add-'));
  cpSync(path.join(PROJECT_ROOT, 'content/references'), path.join(content, 'references'), { recursive: true });
  afterAll(() => rmSync(content, { recursive: true, force: true }));
  const run = spawnSync(
    process.execPath,
    [
      'scripts/add-reference.ts',
      fixture('zotero.bib'),
      fixture('endnote.ris'),
      fixture('zotero.json'),
      fixture('zotero-plain.bib'),
    ],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, IPL_CONTENT_DIR: content },
    },
  );

  it('writes the new works, says how to cite them, warns about missing abbreviations, and exits 1 because one was refused', () => {
    expect(run.stdout).toContain('cite it as [@okafor_2021]');
    expect(run.stderr).toContain('refused entry 2 ("Understanding the impact');
    expect(run.stderr).toMatch(
      /kim_2019.yaml: warning: took the journal abbreviation "J Multidiscip Healthc" from (busari_2017|garnweidner_holme_2022)/,
    );
    expect(run.stderr).toContain('ode_2020.yaml: warning: no journal abbreviation');
    expect(run.status).toBe(1);
    expect(readdirSync(path.join(content, 'references')).sort()).toEqual([
      'busari_2017.yaml',
      'davison_2022.yaml',
      'garnweidner_holme_2022.yaml',
      'kim_2019.yaml',
      'lindqvist_2019.yaml',
      'mensah_2020.yaml',
      'ode_2020.yaml',
      'okafor_2021.yaml',
      'okafor_2021b.yaml',
      'world_2010.yaml',
    ]);
  });

  it('writes files the reference schema and the content checks accept', async () => {
    for (const name of [
      'kim_2019',
      'lindqvist_2019',
      'mensah_2020',
      'ode_2020',
      'okafor_2021',
      'okafor_2021b',
      'world_2010',
    ]) {
      const text = readFileSync(path.join(content, 'references', `${name}.yaml`), 'utf8');
      expect(referenceSchema.safeParse(parse(text)).success, name).toBe(true);
    }
    expect(readFileSync(path.join(content, 'references', 'lindqvist_2019.yaml'), 'utf8')).toContain(
      'date-parts: [[2019, 3, 1]]\nvolume: 33\n',
    );
    const errors = (await checkContent({ projectRoot: PROJECT_ROOT, contentDir: content })).problems.filter(
      (p) => p.severity === 'error',
    );
    expect(errors).toEqual([]);
  });
});
