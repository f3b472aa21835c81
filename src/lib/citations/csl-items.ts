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
  published: Date;
  updated?: Date | undefined;
  /** Absolute URL of the piece's page. */
  url: string;
  /** The library's name (the "website" it is published on). */
  siteName: string;
  /** Language tag, e.g. en-GB. */
  language: string;
  keywords: string[];
}

const dateParts = (date: Date) => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

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

/**
 * An essay is a blog post (CSL post-weblog, Zotero's blogPost); a poster is cited as the web page that
 * publishes it, with "Project poster" as its genre.
 */
export function pieceItem(piece: CitablePiece): CslItem {
  const item: CslItem = {
    id: pieceKey(piece),
    'citation-key': pieceKey(piece),
    type: piece.kind === 'essay' ? 'post-weblog' : 'webpage',
    title: piece.title,
    'container-title': piece.siteName,
    abstract: piece.summary,
    issued: dateParts(piece.published),
    URL: piece.url,
    language: piece.language,
  };
  if (piece.kind === 'poster') item.genre = 'Project poster';
  if (piece.keywords.length) item.keyword = piece.keywords.join(', ');
  const authors = piece.authors.map((a) => (a.person ? splitPersonName(a.name) : { literal: a.name }));
  if (authors.length) item.author = authors;
  return item;
}
