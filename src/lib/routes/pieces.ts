/**
 * View models for essays and posters: what listing pages and piece pages need, shaped once here so
 * routes and components only read them.
 */
import { type NumberedCitations, referenceAnchor } from '../citations/number-citations.ts';
import { displayDate, isoDay } from '../format/dates.ts';
import { readingMinutes } from '../format/reading-time.ts';
import { essayByline } from '../format/byline.ts';
import { isAnonymous } from '../../schemas/essay.ts';
import { CITATION_STYLES, type CitationStyleId } from '../citations/styles.ts';
import { STYLE_ORDER, type StyledText } from '../citations/style-order.ts';
import { renderKeys } from './rendered-references.ts';
import { type Essay, essayHref, getEssays, getPosters, type Poster, posterHref, referenceHref } from './collections.ts';
import { type TermGroup, type TermLink, termGroups, termLinks } from './terms.ts';

/** A piece as a listing shows it. */
export interface PieceCard {
  kind: 'essay' | 'poster';
  /** "Essay" or "Poster", for a listing that mixes kinds (kindsAreMixed). */
  kindLabel: 'Essay' | 'Poster';
  href: string;
  title: string;
  summary: string;
  /** Who wrote it, standing alone: "A medical student" (an anonymous essay), "Jane Doe, Medical student", or a poster's organisation (or project). */
  byline: string;
  /** The same within a sentence, after "by": "a medical student". */
  bylineAfterBy: string;
  date: Date;
  dateText: string;
  dateIso: string;
  professions: TermLink[];
  topics: TermLink[];
  /** Every vocabulary the piece is tagged in, for its page. */
  tags: TermGroup[];
  /** Estimated minutes to read an essay's text. */
  readingMinutes?: number;
}

export function essayCard(essay: Essay): PieceCard {
  const { data } = essay;
  const date = data.updated ?? data.published;
  const byline = essayByline(data.author, isAnonymous(data.author));
  return {
    kind: 'essay',
    kindLabel: 'Essay',
    href: essayHref(essay.id),
    title: data.title,
    summary: data.summary,
    byline: byline.alone,
    bylineAfterBy: byline.after,
    date: data.published,
    dateText: displayDate(date),
    dateIso: isoDay(date),
    professions: termLinks('professions', data.professions),
    topics: termLinks('topics', data.topics),
    tags: termGroups(data),
    readingMinutes: readingMinutes(essay.body ?? ''),
  };
}

export function posterCard(poster: Poster): PieceCard {
  const { data } = poster;
  return {
    kind: 'poster',
    kindLabel: 'Poster',
    href: posterHref(poster.id),
    title: data.title,
    summary: data.summary,
    byline: data.organisation ?? data.project,
    bylineAfterBy: data.organisation ?? data.project,
    date: data.published,
    dateText: displayDate(data.published),
    dateIso: isoDay(data.published),
    professions: termLinks('professions', data.professions),
    topics: termLinks('topics', data.topics),
    tags: termGroups(data),
  };
}

/**
 * Whether a listing holds both essays and posters, so each card says which it is. A list of one kind
 * (the essays, the posters) leaves the label off: its heading already says (issue 17).
 */
export const kindsAreMixed = (pieces: readonly Pick<PieceCard, 'kind'>[]) =>
  new Set(pieces.map((p) => p.kind)).size > 1;

/** Every published essay and poster, newest first. */
export async function getAllPieceCards(): Promise<PieceCard[]> {
  const [essays, posters] = await Promise.all([getEssays(), getPosters()]);
  return [...essays.map(essayCard), ...posters.map(posterCard)].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** Numbered in first-cited order, or alphabetical by author and year. */
export type CitationSystem = (typeof CITATION_STYLES)[CitationStyleId]['system'];

/** One entry of a piece's bibliography list. */
export interface BibliographyEntry {
  key: string;
  /** Its number in the text (first-cited order), shown by numeric styles. */
  number: number;
  anchor: string;
  /** The reference's own page. */
  href: string;
  /** The entry in each style the list serves. */
  styles: StyledText[];
  /** Anchor ids of the places in the text that cite this work. */
  backlinks: string[];
}

/**
 * One list of a piece's bibliography: numeric styles (AMA, Vancouver) list works in first-cited
 * order, numbered; author-date styles (APA, Harvard) alphabetically, by author and year.
 */
export interface BibliographyList {
  system: CitationSystem;
  /** The styles this list shows, in the order a reader is offered them. */
  styles: CitationStyleId[];
  entries: BibliographyEntry[];
}

/** Sorting text of an author-date entry: its words, without leading quotes or brackets. */
const sortText = (text: string) => text.replace(/^[^\p{L}\p{N}]+/u, '');

/** A piece's bibliography, from its citation numbering (routes/citation-numbers.ts): one list per citation system, the site default's first. */
export async function getBibliography({ order, backlinks }: NumberedCitations): Promise<BibliographyList[]> {
  if (order.length === 0) return [];
  const rendered = await renderKeys(order);
  const systems = [...new Set(STYLE_ORDER.map((style) => CITATION_STYLES[style].system))];
  return systems.map((system) => {
    const styles = STYLE_ORDER.filter((style) => CITATION_STYLES[style].system === system);
    const entries = order.map((key, index) => ({
      key,
      number: index + 1,
      anchor: referenceAnchor(key, styles[0]),
      href: referenceHref(key),
      styles: (rendered.get(key) ?? []).filter((s) => styles.includes(s.style)),
      backlinks: backlinks.get(key) ?? [],
    }));
    if (system === 'author-date') {
      const text = (entry: BibliographyEntry) => sortText(entry.styles[0]?.text ?? entry.key);
      entries.sort((a, b) => text(a).localeCompare(text(b), 'en', { sensitivity: 'base', numeric: true }));
    }
    return { system, styles, entries };
  });
}
