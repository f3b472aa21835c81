/**
 * Related pieces: others that share competencies and professions with a piece. Shared IPEC
 * competencies and professions count most; sub-competencies, CIHC domains and topics break ties.
 * A piece sharing neither a competency nor a profession is not related, whatever else it shares.
 */
import { type TaggedFrontmatter, termIdsOf } from './piece-terms.ts';
import type { VocabularyId } from './types.ts';

/** What a shared term of each vocabulary adds to how related two pieces are. */
export const RELATED_WEIGHTS: ReadonlyArray<readonly [VocabularyId, number]> = [
  ['competencies', 3],
  ['professions', 3],
  ['subcompetencies', 1],
  ['domains', 1],
  ['topics', 1],
];

export interface Candidate<T> {
  item: T;
  /** Stable identity, to leave the piece itself out and to break ties. */
  key: string;
  data: TaggedFrontmatter;
}

/** Vocabularies of which a candidate must share a term to count as related at all. */
export const RELATED_REQUIRED: ReadonlySet<VocabularyId> = new Set<VocabularyId>(['competencies', 'professions']);

/** How many related pieces a piece page lists. */
export const RELATED_COUNT = 3;

/**
 * An index of candidates by term, built once for a whole library: asking for a piece's most related
 * candidates (best first: higher score, then key; never the piece itself) then walks the lists of
 * pieces sharing each of its terms, adding weights, instead of comparing it with every piece term by
 * term. Still quadratic over a build, but with a far smaller constant (7.9 s at 2,000 essays before).
 * The tests check it ranks exactly as scoring every pair does (tests/helpers/related.ts).
 */
export function relatedIndex<T>(candidates: readonly Candidate<T>[]): (self: Candidate<T>, limit?: number) => T[] {
  const postings = new Map<string, number[]>();
  const termKeys = (data: TaggedFrontmatter) =>
    RELATED_WEIGHTS.flatMap(([vocabulary, weight]) =>
      [...new Set(termIdsOf(data, vocabulary))].map((id) => ({ key: `${vocabulary}\0${id}`, vocabulary, weight })),
    );
  candidates.forEach((candidate, i) => {
    for (const { key } of termKeys(candidate.data)) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  // Better first: higher score, then key.
  const before = (a: { i: number; score: number }, b: { i: number; score: number }) =>
    a.score > b.score ||
    (a.score === b.score && (candidates[a.i]?.key ?? '').localeCompare(candidates[b.i]?.key ?? '') < 0);

  return (self, limit = RELATED_COUNT) => {
    const score = new Float64Array(candidates.length);
    const required = new Uint8Array(candidates.length);
    const touched: number[] = [];
    for (const { key, vocabulary, weight } of termKeys(self.data)) {
      for (const i of postings.get(key) ?? []) {
        if (score[i] === 0) touched.push(i);
        score[i] = (score[i] ?? 0) + weight;
        if (RELATED_REQUIRED.has(vocabulary)) required[i] = 1;
      }
    }
    // The best `limit`, kept in order as the touched candidates go by.
    const best: Array<{ i: number; score: number }> = [];
    for (const i of touched) {
      if (!required[i] || candidates[i]?.key === self.key) continue;
      const entry = { i, score: score[i] ?? 0 };
      const last = best[best.length - 1];
      if (best.length === limit && last && !before(entry, last)) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1] as { i: number; score: number })) at--;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best.map(({ i }) => (candidates[i] as Candidate<T>).item);
  };
}
