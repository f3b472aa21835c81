/**
 * CSL-JSON items: a reference file as citation tools read it, and an essay or poster of this library
 * as a citable work of its own.
 */
import type { CslItem } from '@citation-js/core';
import type { ReferenceData } from '../../schemas/reference.ts';

/** A reference entry with its citation key as id (and as the BibTeX key). */
export function referenceItem(id: string, data: ReferenceData): CslItem {
  return { id, 'citation-key': id, ...data };
}

/** What a piece of the library needs to be cited. */
export interface CitablePiece {
  kind: 'essay' | 'poster';
  /** The entry id (slug). */
  id: string;
  title: string;
  summary: string;
  /** People ("Jane Smith") or, for a poster, the organisation or project; empty for an anonymous essay. */
  authors: Array<{ name: string; person: boolean }>;
  /**
   * The work's date as CSL date parts ([2009, 5]): when it was first published or presented, or, for
   * an essay the library published first, the library's date. Undefined when it is not known.
   */
  issued?: number[] | undefined;
  /** The day the library published it (added it, for a piece that appeared elsewhere first). */
  added: Date;
  updated?: Date | undefined;
  /** Where and when it appeared before the library published it, if it did. */
  firstPublished?:
    | { date?: number[] | undefined; venue?: string | undefined; place?: string | undefined; url?: string | undefined }
    | undefined;
  /** Absolute URL of the piece's page. */
  url: string;
  /** The library's name (the "website" it is published on). */
  siteName: string;
  /** Language tag, e.g. en-GB. */
  language: string;
  keywords: string[];
}

/** A day as CSL date parts. */
export const dayParts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

/** "Jane A. Smith" -> {family: "Smith", given: "Jane A."}; one word stays a literal name. */
export function splitPersonName(name: string): { family: string; given: string } | { literal: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** "Family, Given" (as Highwire and OpenURL want it), or the literal name. */
export const invertedName = (name: { family: string; given: string } | { literal: string }) =>
  'literal' in name ? name.literal : `${name.family}, ${name.given}`;

/** BibTeX keys may not contain hyphens (citation-js would invent a key), so the slug's become underscores. */
export const pieceKey = (piece: Pick<CitablePiece, 'id'>) => piece.id.replaceAll('-', '_');

/** The piece's authors as CSL names: people split into family and given names, a group whole. */
export const pieceNames = (piece: Pick<CitablePiece, 'authors'>) =>
  piece.authors.map((a) => (a.person ? splitPersonName(a.name) : { literal: a.name }));

/**
 * A piece as a CSL item, the one item every channel describes (docs/citations.md):
 * - an essay is a blog post of the library (CSL post-weblog; Zotero blogPost, with the library as
 *   the blog);
 * - a poster is a presentation (CSL speech; Zotero presentation) of the genre "Poster", with the
 *   meeting it was presented at (`event-title`, and `event`, the CSL 1.0.1 name the stored AMA
 *   style reads) and its place, when known. The library is not its venue, so it has no container.
 */
export function pieceItem(piece: CitablePiece): CslItem {
  const item: CslItem = {
    id: pieceKey(piece),
    'citation-key': pieceKey(piece),
    type: piece.kind === 'essay' ? 'post-weblog' : 'speech',
    title: piece.title,
  };
  if (piece.kind === 'essay') item['container-title'] = piece.siteName;
  else {
    item.genre = 'Poster';
    const { venue, place } = piece.firstPublished ?? {};
    if (venue) Object.assign(item, { 'event-title': venue, event: venue });
    if (place) item['event-place'] = place;
  }
  const authors = pieceNames(piece);
  if (authors.length) item.author = authors;
  if (piece.issued?.length) item.issued = { 'date-parts': [piece.issued] };
  Object.assign(item, { abstract: piece.summary, URL: piece.url, language: piece.language });
  if (piece.keywords.length) item.keyword = piece.keywords.join(', ');
  return item;
}

/**
 * The day a self-citation is rendered with as its accessed date. Fixed, so a piece's renderings stay
 * in the render cache from day to day; the page puts the build's date in its place (see
 * src/lib/routes/piece-citation.ts), and public/scripts/citations.js the reader's.
 */
export const ACCESSED_PLACEHOLDER = new Date(Date.UTC(2000, 0, 1));

/** The piece's item as its "cite this" panel renders it: with an accessed date, as a web citation has. */
export const pieceRenderItem = (piece: CitablePiece): CslItem => ({
  ...pieceItem(piece),
  accessed: { 'date-parts': [dayParts(ACCESSED_PLACEHOLDER)] },
});
