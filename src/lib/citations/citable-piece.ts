/**
 * An essay or poster as a citable work, from its id and front matter. Pure (no Astro imports), so
 * the page code and the citation prerender worker build exactly the same item.
 */
import { type EssayData, isAnonymous } from '../../schemas/essay.ts';
import type { PosterData } from '../../schemas/poster.ts';
import { SITE } from '../../site.ts';
import { termLabel } from '../taxonomy/vocabularies.ts';
import { essayHref, posterHref } from '../routes/hrefs.ts';
import { type CitablePiece, dayParts } from './csl-items.ts';

export type PieceSource =
  { kind: 'essay'; id: string; data: EssayData } | { kind: 'poster'; id: string; data: PosterData };

/** `site` is the address the site is published at (Astro's `site`), for the piece's absolute URL. */
export function citablePieceOf(piece: PieceSource, site: string): CitablePiece {
  const { id, data } = piece;
  const keywords = [
    ...data.professions.map((term) => termLabel('professions', term)),
    ...data.topics.map((term) => termLabel('topics', term)),
  ];
  const first = data['first-published'];
  const common = {
    id,
    title: data.title,
    summary: data.summary,
    added: data.published,
    siteName: SITE.title,
    language: SITE.lang,
    keywords,
    firstPublished: first,
  };
  if (piece.kind === 'essay') {
    const essay = piece.data;
    const authors = isAnonymous(essay.author) ? [] : [{ name: essay.author.name, person: true }];
    // An essay first published in the library is dated by the library; one published elsewhere first, by that.
    const issued = first ? first.date : dayParts(essay.published);
    return {
      ...common,
      kind: 'essay',
      authors,
      issued,
      updated: essay.updated,
      url: new URL(essayHref(id), site).href,
    };
  }
  const poster = piece.data;
  // A poster is dated by its presentation only: the day the library added it is not its date.
  return {
    ...common,
    kind: 'poster',
    authors: [{ name: poster.organisation ?? poster.project, person: false }],
    issued: first?.date,
    url: new URL(posterHref(id), site).href,
  };
}
