/** The seed references, read and validated as the site reads them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { referenceItem } from '../../src/lib/citations/csl-items.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { PROJECT_ROOT } from './site.ts';

export const seedReference = (id: string) =>
  referenceSchema.parse(parse(readFileSync(path.join(PROJECT_ROOT, 'content/references', `${id}.yaml`), 'utf8')));

export const seedItem = (id: string) => referenceItem(id, seedReference(id));

/** The seed essay's works in first-cited order. */
export const SEED_KEYS = ['garnweidner_holme_2022', 'busari_2017', 'davison_2022'] as const;
