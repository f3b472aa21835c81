/** CITATION.cff is valid against the Citation File Format 1.2.0 JSON schema (shipped by cffjs), so GitHub offers "Cite this repository". */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateCFF } from 'cffjs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/site.ts';

const cff = parse(readFileSync(path.join(PROJECT_ROOT, 'CITATION.cff'), 'utf8'));

it('validates against the CFF 1.2.0 schema', () => {
  expect(cff['cff-version']).toBe('1.2.0');
  expect(() => validateCFF(structuredClone(cff))).not.toThrow();
});

it('would fail the schema with a root type other than software or dataset', () => {
  expect(() => validateCFF({ ...structuredClone(cff), type: 'website' })).toThrow(/CFF validation failed/);
});
