/** Look-ups over the controlled vocabularies: a term by id, its label, and "did you mean" suggestions. */
import { VOCABULARIES } from '../../data/taxonomy/index.ts';
import { nearest } from '../check/nearest.ts';
import type { Term, Vocabulary, VocabularyId } from './types.ts';

export type { Term, Vocabulary, VocabularyId };

const byId = new Map<VocabularyId, Map<string, Term>>(
  Object.values(VOCABULARIES).map((v) => [v.id, new Map(v.terms.map((t) => [t.id, t]))]),
);

export function getVocabulary(id: VocabularyId): Vocabulary {
  return VOCABULARIES[id];
}

/** The vocabularies that have browse pages, in display order. */
export function browsableVocabularies(): Vocabulary[] {
  return Object.values(VOCABULARIES).filter((v) => v.browsable);
}

export function findTerm(vocabulary: VocabularyId, id: string): Term | undefined {
  return byId.get(vocabulary)?.get(id);
}

/** A term that must exist: the content checks have refused unknown terms before any page is built. */
export function requireTerm(vocabulary: VocabularyId, id: string): Term {
  const term = findTerm(vocabulary, id);
  if (!term)
    throw new Error(
      `"${id}" is not a term of the ${vocabulary} vocabulary (the content checks should have stopped the build).`,
    );
  return term;
}

export const termLabel = (vocabulary: VocabularyId, id: string) => requireTerm(vocabulary, id).label;

/** The nearest valid ids to a mistyped one (case-insensitive; compared by id and by label). */
export function suggestTerms(vocabulary: VocabularyId, input: string, limit = 3): string[] {
  const terms = VOCABULARIES[vocabulary].terms;
  const lower = input.toLowerCase();
  const alias = terms.find((t) => t.aliases?.includes(lower));
  if (alias) return [alias.id];
  const keys = new Map<string, string>();
  for (const term of terms) {
    keys.set(term.id.toLowerCase(), term.id);
    keys.set(
      term.label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      term.id,
    );
  }
  const exact = keys.get(lower);
  if (exact) return [exact];
  const found = nearest(lower, keys.keys(), limit * 2).map((key) => keys.get(key) ?? key);
  return [...new Set(found)].slice(0, limit);
}
