import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/lib/check/nearest.ts';
import { formatReferenceText } from '../../src/lib/format/reference-text.ts';
import { humanise } from '../../src/lib/format/humanise.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const reference = (id: string) =>
  referenceSchema.parse(parse(readFileSync(path.join(ROOT, 'content/references', `${id}.yaml`), 'utf8')));

describe('the plain reference text', () => {
  it('prints a seed reference as a medical journal would', () => {
    expect(formatReferenceText(reference('busari_2017'))).toBe(
      'Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227-234. doi:10.2147/JMDH.S140042',
    );
  });

  it('includes the issue number', () => {
    expect(formatReferenceText(reference('davison_2022'))).toContain('J Interprof Care. 2022;36(4):560-566.');
  });
});

describe('suggestions', () => {
  it('offers the nearest keys for a typo', () => {
    expect(nearest('busari2017', ['busari_2017', 'davison_2022', 'garnweidner_holme_2022'])).toEqual(['busari_2017']);
  });
  it('offers nothing when nothing is close', () => {
    expect(nearest('smith_1999', ['busari_2017', 'davison_2022'])).toEqual([]);
  });
});

it('humanises term ids', () => {
  expect(humanise('healthcare-assistant')).toBe('Healthcare assistant');
});
