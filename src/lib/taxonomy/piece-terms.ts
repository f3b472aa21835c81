/**
 * Which front matter fields hold which vocabulary's terms, and the terms a piece carries. One table,
 * shared by the content checks (unknown terms), the browse pages (counts) and related pieces.
 */
import type { VocabularyId } from './types.ts';

/** Front matter a piece may carry terms in (essays and posters share most of it). */
export interface TaggedFrontmatter {
  professions?: readonly string[];
  topics?: readonly string[];
  competencies?: readonly string[] | undefined;
  subcompetencies?: readonly string[] | undefined;
  domains?: readonly string[] | undefined;
  settings?: readonly string[] | undefined;
  levels?: readonly string[] | undefined;
  reflectiveModel?: string | undefined;
  learning?: ReadonlyArray<{ learner: string; from: string }> | undefined;
}

/** A front matter field and the vocabulary its values come from. */
export const TAGGED_FIELDS = [
  { field: 'professions', vocabulary: 'professions' },
  { field: 'competencies', vocabulary: 'competencies' },
  { field: 'subcompetencies', vocabulary: 'subcompetencies' },
  { field: 'domains', vocabulary: 'domains' },
  { field: 'settings', vocabulary: 'settings' },
  { field: 'levels', vocabulary: 'levels' },
  { field: 'reflectiveModel', vocabulary: 'models' },
  { field: 'topics', vocabulary: 'topics' },
] as const satisfies ReadonlyArray<{ field: keyof TaggedFrontmatter; vocabulary: VocabularyId }>;

/** The ids a piece is tagged with in one vocabulary, in the order written. */
export function termIdsOf(data: TaggedFrontmatter, vocabulary: VocabularyId): string[] {
  const entry = TAGGED_FIELDS.find((f) => f.vocabulary === vocabulary);
  if (!entry) return [];
  const value = data[entry.field];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...(value as readonly string[])];
}
