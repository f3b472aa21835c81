/**
 * Every controlled vocabulary, in the order browse pages list them. Terms are TypeScript data so the
 * content checks, the remark plugins and the pages share one typed source; docs/vocabularies.md
 * explains how to add a term.
 */
import type { Vocabulary, VocabularyId } from '../../lib/taxonomy/types.ts';
import { competencies, subcompetencies } from './competencies.ts';
import { domains } from './domains.ts';
import { levels } from './levels.ts';
import { models } from './models.ts';
import { professions } from './professions.ts';
import { settings } from './settings.ts';
import { topics } from './topics.ts';

export const VOCABULARIES: Readonly<Record<VocabularyId, Vocabulary>> = {
  professions,
  competencies,
  subcompetencies,
  domains,
  settings,
  levels,
  models,
  topics,
};
