/**
 * View models for essays and posters: what listing pages and piece pages need, shaped once here so
 * routes and components only read them.
 */
import { numberCitationsInBody, referenceAnchor } from '../citations/number-citations.ts';
import { displayDate, isoDay } from '../format/dates.ts';
import { readingMinutes } from '../format/reading-time.ts';
import { isAnonymous } from '../../schemas/essay.ts';
import { renderKeys, type StyledText } from './citations.ts';
import { type Essay, essayHref, getEssays, getPosters, type Poster, posterHref, referenceHref } from './collections.ts';
import { type TermGroup, type TermLink, termGroups, termLinks } from './terms.ts';

/** A piece as a listing shows it. */
export interface PieceCard {
  kind: 'essay' | 'poster';
  href: string;
  title: string;
  summary: string;
  /** "Medical student" for an essay; the organisation (or project) for a poster. */
  byline: string;
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
  return {
    kind: 'essay',
    href: essayHref(essay.id),
    title: data.title,
    summary: data.summary,
    byline: isAnonymous(data.author) ? data.author.role : `${data.author.name}, ${data.author.role}`,
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
    href: posterHref(poster.id),
    title: data.title,
    summary: data.summary,
    byline: data.organisation ?? data.project,
    date: data.published,
    dateText: displayDate(data.published),
    dateIso: isoDay(data.published),
    professions: termLinks('professions', data.professions),
    topics: termLinks('topics', data.topics),
    tags: termGroups(data),
  };
}

/** Every published essay and poster, newest first. */
export async function getAllPieceCards(): Promise<PieceCard[]> {
  const [essays, posters] = await Promise.all([getEssays(), getPosters()]);
  return [...essays.map(essayCard), ...posters.map(posterCard)].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** One entry of a piece's bibliography. */
export interface BibliographyEntry {
  key: string;
  number: number;
  anchor: string;
  /** The reference's own page. */
  href: string;
  /** The entry in every style, the site's default first. */
  styles: StyledText[];
  /** Anchor ids of the places in the text that cite this work. */
  backlinks: string[];
}

/** The numbered bibliography of an essay or poster body, in first-cited order, in every style. */
export async function getBibliography(body: string | undefined): Promise<BibliographyEntry[]> {
  const { order, backlinks } = numberCitationsInBody(body ?? '');
  const rendered = await renderKeys(order);
  return order.map((key, index) => ({
    key,
    number: index + 1,
    anchor: referenceAnchor(key),
    href: referenceHref(key),
    styles: rendered.get(key) ?? [],
    backlinks: backlinks.get(key) ?? [],
  }));
}
