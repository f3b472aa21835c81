/** Where each work is cited: the published pieces citing it and the exact places in them (a reference page's "Cited in"). */
import { citationAnchor } from '../citations/number-citations.ts';
import { getCitationNumbers } from './citation-numbers.ts';
import { type Essay, essayHref, getEssays, getPosters, type Poster, posterHref } from './collections.ts';

/** One place a work is cited: a piece and the anchors of the citations in it. */
export interface CitingPiece {
  kind: 'essay' | 'poster';
  title: string;
  href: string;
  /** Links to each citation of the work in the piece, in reading order. */
  places: string[];
}

let citingPieces: Promise<Map<string, CitingPiece[]>> | undefined;

/** For every cited key, the published pieces citing it and the exact places (computed once per build). */
export function getCitingPieces(): Promise<Map<string, CitingPiece[]>> {
  citingPieces ??= findCitingPieces();
  return citingPieces;
}

async function findCitingPieces(): Promise<Map<string, CitingPiece[]>> {
  const [essays, posters] = await Promise.all([getEssays(), getPosters()]);
  const pieces = [
    ...essays.map((e) => ({ entry: e as Essay | Poster, kind: 'essay' as const, href: essayHref(e.id) })),
    ...posters.map((p) => ({ entry: p as Essay | Poster, kind: 'poster' as const, href: posterHref(p.id) })),
  ];
  const numbers = await Promise.all(pieces.map(({ entry }) => getCitationNumbers(entry)));
  const citing = new Map<string, CitingPiece[]>();
  for (const [index, { entry, kind, href }] of pieces.entries()) {
    const { order, backlinks } = numbers[index]!;
    for (const key of order) {
      const list = citing.get(key) ?? [];
      list.push({
        kind,
        title: entry.data.title,
        href,
        places: (backlinks.get(key) ?? [citationAnchor(1)]).map((anchor) => `${href}#${anchor}`),
      });
      citing.set(key, list);
    }
  }
  return citing;
}
