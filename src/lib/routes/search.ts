/**
 * What the search index knows about each page: the facets a reader can narrow by, and the details a
 * result shows (type, author role or organisation, date). Pages render this as Pagefind attributes
 * (src/components/SearchMeta.astro); the search page reads the facet list from here too.
 *
 * Adding a facet is one line in SEARCH_FACETS: its key (the Pagefind filter, the URL parameter on
 * /search/ and, capitalised, its name on the page) and the values a page has for it.
 */
import type { PieceCard } from './pieces.ts';
import type { TermLink } from './terms.ts';
import type { ReferenceView } from './references.ts';
import type { VocabularyId } from '../taxonomy/types.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import { glossaryHref } from '../content/load-glossary.ts';
import { withoutBase } from './hrefs.ts';

/** What a facet's values are computed from: the kind of page, its year, and for a piece its card. */
export interface SearchSubject {
  kind: 'essay' | 'poster' | 'reference';
  /** Year the piece was published in the library, or a reference's year of publication. */
  year: number;
  /** The piece's card (absent for references). */
  piece?: PieceCard;
}

export interface SearchFacet {
  /**
   * Pagefind filter name and URL parameter on /search/: one lower-case word, which the search page
   * shows capitalised as the facet's name ("profession" is shown as "Profession").
   */
  key: string;
  /** The values a page has for this facet, as readers see them. */
  values: (subject: SearchSubject) => string[];
}

/** What the dev server says (in the terminal and on /search/): it has no index to search. */
export const SEARCH_NEEDS_BUILD = {
  reason: 'Search works only on a built site: the dev server has no search index.',
  command: 'npm run build && npm run preview',
} as const;

export const TYPE_LABELS = {
  essay: 'Essay',
  poster: 'Poster',
  reference: 'Reference',
  glossary: 'Glossary term',
} as const;

const labels = (terms: readonly TermLink[] | undefined) => (terms ?? []).map((term) => term.label);
/** Labels of the piece's terms in one vocabulary (IPEC competencies, settings), from its card's tag groups. */
const tagLabels = (piece: PieceCard | undefined, vocabulary: VocabularyId) =>
  labels(piece?.tags.find((group) => group.vocabulary === vocabulary)?.terms);

export const SEARCH_FACETS: readonly SearchFacet[] = [
  { key: 'type', values: (s) => [TYPE_LABELS[s.kind]] },
  { key: 'profession', values: (s) => labels(s.piece?.professions) },
  { key: 'topic', values: (s) => labels(s.piece?.topics) },
  { key: 'competency', values: (s) => tagLabels(s.piece, 'competencies') },
  { key: 'setting', values: (s) => tagLabels(s.piece, 'settings') },
  { key: 'year', values: (s) => [String(s.year)] },
];

/** One page's entry in the search index. */
export interface SearchRecord {
  /** "Essay", "Poster" or "Reference", shown on the result. */
  type: string;
  /** Author role (essays), organisation or project (posters), authors (references). */
  byline: string;
  /** Human-readable date shown on the result, e.g. "22 November 2026" or "2017". */
  date: string;
  /** A short plain-language summary, indexed with extra weight (absent for references). */
  summary?: string;
  /** Facet key and value pairs, one pair per value. */
  filters: [key: string, value: string][];
}

function facetFilters(subject: SearchSubject): [string, string][] {
  return SEARCH_FACETS.flatMap((facet) =>
    [...new Set(facet.values(subject))].map((value): [string, string] => [facet.key, value]),
  );
}

/** A facet and every value the index holds for it, in the order the search page lists them. */
export interface SearchFacetOptions {
  key: string;
  values: string[];
}

/**
 * Every value of every facet in the given records (pages' filters and glossary records'), in the
 * order /search/ lists them: years newest first, other values by their lower-cased label (a plain
 * comparison, as public/scripts/search.js sorts a value the page lacks; no locale collation). The
 * search page writes these checkboxes at build time, so its script only ticks, counts and hides them.
 */
export function searchFacetOptions(
  records: Iterable<{ filters: SearchRecord['filters'] | GlossarySearchRecord['filters'] }>,
): SearchFacetOptions[] {
  const found = new Map<string, Set<string>>(SEARCH_FACETS.map((facet) => [facet.key, new Set()]));
  for (const { filters } of records) {
    const pairs = Array.isArray(filters)
      ? filters
      : Object.entries(filters).flatMap(([key, values]) => values.map((value): [string, string] => [key, value]));
    for (const [key, value] of pairs) found.get(key)?.add(value);
  }
  return SEARCH_FACETS.map(({ key }) => ({
    key,
    values: [...(found.get(key) ?? [])].sort((a, b) => (key === 'year' ? Number(b) - Number(a) : byLabel(a, b))),
  }));
}

/** The search page's order of facet values: their lower-cased labels, compared code unit by code unit. */
function byLabel(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function pieceSearchRecord(card: PieceCard): SearchRecord {
  return {
    type: TYPE_LABELS[card.kind],
    byline: card.byline,
    date: card.dateText,
    summary: card.summary,
    filters: facetFilters({ kind: card.kind, year: card.date.getUTCFullYear(), piece: card }),
  };
}

export function referenceSearchRecord(reference: Pick<ReferenceView, 'authors' | 'year'>): SearchRecord {
  return {
    type: TYPE_LABELS.reference,
    byline: reference.authors,
    date: String(reference.year),
    filters: facetFilters({ kind: 'reference', year: reference.year }),
  };
}

/**
 * A glossary entry's record in the search index. The glossary is one page, but each entry is its own
 * result (linking to the entry on that page) and has its own type, so it can be found and narrowed
 * to like a piece. Added to the index by src/integrations/search-index.ts as a custom record, because
 * Pagefind makes one record per HTML page. The term is the title; the expansion of an abbreviation
 * is the byline; the searchable text is the term, the expansion and the definition.
 */
export interface GlossarySearchRecord {
  url: string;
  content: string;
  meta: { title: string; type: string; byline?: string };
  filters: Record<string, string[]>;
}

export function glossarySearchRecord(
  id: string,
  entry: Pick<GlossaryData, 'term' | 'expansion' | 'definition'>,
): GlossarySearchRecord {
  const text = [entry.expansion, entry.definition].filter(Boolean).map((part) => part!.trim().replace(/\s+/g, ' '));
  return {
    // Without the base path, like the pages Pagefind reads from the build: search.js gives Pagefind the
    // base, which it puts before every result's address (the /ipl/ build would otherwise link /ipl/ipl/).
    url: withoutBase(glossaryHref(id)) ?? glossaryHref(id),
    content: text.join('. '),
    meta: { title: entry.term, type: TYPE_LABELS.glossary, ...(entry.expansion ? { byline: entry.expansion } : {}) },
    filters: { type: [TYPE_LABELS.glossary] },
  };
}
