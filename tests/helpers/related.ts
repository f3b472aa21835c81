/**
 * Related pieces the plain way, for the tests: score every pair of pieces term by term and sort.
 * src/lib/taxonomy/related.ts computes the same ranking faster with an index; the tests check the
 * two agree, and read the expected ranking of a built page from here.
 */
import { type TaggedFrontmatter, termIdsOf } from '../../src/lib/taxonomy/piece-terms.ts';
import { type Candidate, RELATED_COUNT, RELATED_REQUIRED, RELATED_WEIGHTS } from '../../src/lib/taxonomy/related.ts';
import type { VocabularyId } from '../../src/lib/taxonomy/types.ts';

const shared = (a: TaggedFrontmatter, b: TaggedFrontmatter, vocabulary: VocabularyId) => {
  const mine = new Set(termIdsOf(a, vocabulary));
  return [...new Set(termIdsOf(b, vocabulary))].filter((id) => mine.has(id)).length;
};

/** How related b is to a; 0 when they share no competency and no profession. */
export function relatedScore(a: TaggedFrontmatter, b: TaggedFrontmatter): number {
  if ([...RELATED_REQUIRED].every((vocabulary) => shared(a, b, vocabulary) === 0)) return 0;
  return RELATED_WEIGHTS.reduce((sum, [vocabulary, weight]) => sum + weight * shared(a, b, vocabulary), 0);
}

/** The most related candidates, best first (ties by key), leaving out the piece itself. */
export function rankRelated<T>(self: Candidate<T>, candidates: readonly Candidate<T>[], limit = RELATED_COUNT): T[] {
  return candidates
    .filter((c) => c.key !== self.key)
    .map((c) => ({ c, score: relatedScore(self.data, c.data) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map(({ c }) => c.item);
}
