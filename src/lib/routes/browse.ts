/** View models for the browse pages: every vocabulary with its term counts, and each term's pieces. */
import { termIdsOf } from '../taxonomy/piece-terms.ts';
import {
  browsableVocabularies,
  getVocabulary,
  type Term,
  type Vocabulary,
  type VocabularyId,
} from '../taxonomy/vocabularies.ts';
import { getEssays, getPosters } from './collections.ts';
import { essayCard, type PieceCard, posterCard } from './pieces.ts';
import { termHref, vocabularyHref } from './terms.ts';
import { perBuild } from './build-cache.ts';

export interface TermSummary {
  term: Term;
  /** Published pieces tagged with the term. */
  count: number;
  /** Its page, when it has pieces (terms without pieces have no page). */
  href?: string;
}

export interface VocabularySummary {
  vocabulary: Vocabulary;
  href: string;
  terms: TermSummary[];
}

export interface TermPage {
  vocabulary: Vocabulary;
  term: Term;
  pieces: PieceCard[];
  /** For an IPEC competency: its sub-competency codes that pieces are tagged with, and those pieces. */
  subterms: Array<{ term: Term; pieces: PieceCard[] }>;
}

export interface Tagged {
  card: PieceCard;
  data: Parameters<typeof termIdsOf>[0];
}

/**
 * Every published piece with its card and tags, in library order (newest first, then by title).
 * Computed once per build (every piece page asks for it, for related pieces); the dev server
 * recomputes it so edits show.
 */
export const taggedPieces: () => Promise<Tagged[]> = perBuild(loadTaggedPieces);

async function loadTaggedPieces(): Promise<Tagged[]> {
  const [essays, posters] = await Promise.all([getEssays(), getPosters()]);
  return [
    ...essays.map((e) => ({ card: essayCard(e), data: e.data })),
    ...posters.map((p) => ({ card: posterCard(p), data: p.data })),
  ].sort((a, b) => b.card.date.getTime() - a.card.date.getTime() || a.card.title.localeCompare(b.card.title));
}

const piecesWith = (pieces: Tagged[], vocabulary: VocabularyId, id: string) =>
  pieces.filter((p) => termIdsOf(p.data, vocabulary).includes(id)).map((p) => p.card);

/** Every browsable vocabulary with each term's count of published pieces. */
export async function getVocabularySummaries(): Promise<VocabularySummary[]> {
  const pieces = await taggedPieces();
  return browsableVocabularies().map((vocabulary) => ({
    vocabulary,
    href: vocabularyHref(vocabulary.id),
    terms: vocabulary.terms.map((term) => {
      const count = piecesWith(pieces, vocabulary.id, term.id).length;
      return count > 0 ? { term, count, href: termHref(vocabulary.id, term.id) } : { term, count };
    }),
  }));
}

/** A page for every term that has at least one published piece. */
export async function getTermPages(): Promise<TermPage[]> {
  const pieces = await taggedPieces();
  const pages: TermPage[] = [];
  for (const vocabulary of browsableVocabularies()) {
    for (const term of vocabulary.terms) {
      const tagged = piecesWith(pieces, vocabulary.id, term.id);
      if (tagged.length === 0) continue;
      const subterms =
        vocabulary.id === 'competencies'
          ? subcompetenciesOf(term.id)
              .map((sub) => ({ term: sub, pieces: piecesWith(pieces, 'subcompetencies', sub.id) }))
              .filter((s) => s.pieces.length > 0)
          : [];
      pages.push({ vocabulary, term, pieces: tagged, subterms });
    }
  }
  return pages;
}

const subcompetenciesOf = (competency: string) =>
  getVocabulary('subcompetencies').terms.filter((t) => t.parent === competency);
