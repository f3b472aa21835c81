/**
 * Vocabulary terms: every tag on an essay or poster is a term of its controlled vocabulary (rule
 * `term/unknown`, naming the nearest valid terms); a learning interaction's professions are among the
 * piece's professions (`term/learning-profession-not-listed`); an IPEC sub-competency comes with its
 * competency (`term/subcompetency-without-competency`).
 */
import { locatePath, type SourceFile } from '../../content/source-file.ts';
import { TAGGED_FIELDS } from '../../taxonomy/piece-terms.ts';
import type { VocabularyId } from '../../taxonomy/types.ts';
import { findTerm, getVocabulary, suggestTerms } from '../../taxonomy/vocabularies.ts';
import { KEBAB_ID } from '../../../schemas/common.ts';
import type { CheckPass } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';

/** Values of the wrong shape are left to the front matter check, so each mistake is reported once. */
const SHAPE: Partial<Record<VocabularyId, RegExp>> = { subcompetencies: /^[A-Z]{1,2}\d{1,2}$/ };

export const checkTerms: CheckPass = (files) =>
  files.flatMap(({ collection, source }) => {
    if (collection !== 'essays' && collection !== 'posters') return [];
    if (source.data === null || typeof source.data !== 'object') return [];
    return checkPiece(source, source.data as Record<string, unknown>);
  });

function checkPiece(source: SourceFile, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const known = (vocabulary: VocabularyId, value: unknown): value is string =>
    typeof value === 'string' && (SHAPE[vocabulary] ?? KEBAB_ID).test(value);

  const check = (vocabulary: VocabularyId, value: unknown, dataPath: PropertyKey[]) => {
    if (!known(vocabulary, value) || findTerm(vocabulary, value)) return;
    const { line, column } = locatePath(source, dataPath);
    problems.push(
      problem(
        source.path,
        line,
        column,
        'term/unknown',
        unknownMessage(vocabulary, value),
        `use a term from docs/vocabularies.md, or add one to ${vocabularyFile(vocabulary)}`,
      ),
    );
  };

  for (const { field, vocabulary } of TAGGED_FIELDS) {
    const value = data[field];
    if (Array.isArray(value)) value.forEach((item, i) => check(vocabulary, item, [field, i]));
    else check(vocabulary, value, [field]);
  }

  const professions = new Set(Array.isArray(data.professions) ? data.professions : []);
  const learning = Array.isArray(data.learning) ? data.learning : [];
  learning.forEach((record: unknown, i) => {
    if (record === null || typeof record !== 'object') return;
    for (const role of ['learner', 'from'] as const) {
      const value = (record as Record<string, unknown>)[role];
      check('professions', value, ['learning', i, role]);
      if (known('professions', value) && findTerm('professions', value) && !professions.has(value)) {
        const { line, column } = locatePath(source, ['learning', i, role]);
        problems.push(
          problem(
            source.path,
            line,
            column,
            'term/learning-profession-not-listed',
            `learning.${i}.${role} is "${value}", which is not in professions`,
            `add ${value} to professions, so the piece is listed under it`,
          ),
        );
      }
    }
  });

  const competencies = new Set(Array.isArray(data.competencies) ? data.competencies : []);
  const subcompetencies = Array.isArray(data.subcompetencies) ? data.subcompetencies : [];
  subcompetencies.forEach((code: unknown, i) => {
    if (!known('subcompetencies', code)) return;
    const parent = findTerm('subcompetencies', code)?.parent;
    if (!parent || competencies.has(parent)) return;
    const { line, column } = locatePath(source, ['subcompetencies', i]);
    const label = findTerm('competencies', parent)?.label ?? parent;
    problems.push(
      problem(
        source.path,
        line,
        column,
        'term/subcompetency-without-competency',
        `${code} is part of the IPEC competency ${label}, which is not in competencies`,
        `add ${parent} to competencies`,
      ),
    );
  });
  return problems;
}

function unknownMessage(vocabulary: VocabularyId, value: string): string {
  const { singular, terms } = getVocabulary(vocabulary);
  const suggestions = suggestTerms(vocabulary, value);
  if (suggestions.length > 0) return `unknown ${singular} "${value}"; did you mean ${suggestions.join(', ')}?`;
  if (terms.length <= 10)
    return `unknown ${singular} "${value}"; the ${singular} terms are ${terms.map((t) => t.id).join(', ')}`;
  return `unknown ${singular} "${value}"; no term is close to it`;
}

function vocabularyFile(vocabulary: VocabularyId): string {
  return `src/data/taxonomy/${vocabulary === 'subcompetencies' ? 'competencies' : vocabulary}.ts`;
}
