/**
 * Related pieces: others that share competencies and professions with a piece. Shared IPEC
 * competencies and professions count most; sub-competencies, CIHC domains and topics break ties.
 * A piece sharing neither a competency nor a profession is not related, whatever else it shares.
 */
import { type TaggedFrontmatter, termIdsOf } from './piece-terms.ts';
import type { VocabularyId } from './types.ts';

const WEIGHTS: Array<[VocabularyId, number]> = [
  ['competencies', 3],
  ['professions', 3],
  ['subcompetencies', 1],
  ['domains', 1],
  ['topics', 1],
];

const shared = (a: TaggedFrontmatter, b: TaggedFrontmatter, vocabulary: VocabularyId) => {
  const mine = new Set(termIdsOf(a, vocabulary));
  return termIdsOf(b, vocabulary).filter((id) => mine.has(id)).length;
};

/** How related b is to a; 0 when they share no competency and no profession. */
export function relatedScore(a: TaggedFrontmatter, b: TaggedFrontmatter): number {
  if (shared(a, b, 'competencies') + shared(a, b, 'professions') === 0) return 0;
  return WEIGHTS.reduce((sum, [vocabulary, weight]) => sum + weight * shared(a, b, vocabulary), 0);
}

export interface Candidate<T> {
  item: T;
  /** Stable identity, to leave the piece itself out and to break ties. */
  key: string;
  data: TaggedFrontmatter;
}

/** The most related candidates, best first (ties by key), leaving out the piece itself. */
export function rankRelated<T>(self: Candidate<T>, candidates: readonly Candidate<T>[], limit = 3): T[] {
  return candidates
    .filter((c) => c.key !== self.key)
    .map((c) => ({ c, score: relatedScore(self.data, c.data) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map(({ c }) => c.item);
}
