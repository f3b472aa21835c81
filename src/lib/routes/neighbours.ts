/**
 * What to read next from a piece: related pieces (shared competencies and professions) and the newer
 * and older pieces. A piece the newer/older links already offer is not listed again as related (issue
 * 17: "Related pieces" and "Newer" linked the same poster); the next best related piece takes its place.
 */
import { type Candidate, RELATED_COUNT, relatedIndex } from '../taxonomy/related.ts';
import { taggedPieces } from './browse.ts';
import { kindsAreMixed, type PieceCard } from './pieces.ts';

export interface Neighbours {
  related: PieceCard[];
  /** Whether the related pieces mix essays and posters, so each says which it is. */
  showKinds: boolean;
  /** The piece before it in the library's order (newest first), and the one after. */
  newer?: PieceCard;
  older?: PieceCard;
}

/** The related-pieces index of each list of pieces: one per build, where taggedPieces is computed once; anew in dev. */
const indexes = new WeakMap<object, (self: Candidate<PieceCard>, limit?: number) => PieceCard[]>();

export async function getNeighbours(href: string): Promise<Neighbours> {
  const pieces = await taggedPieces();
  const index = pieces.findIndex((p) => p.card.href === href);
  const self = pieces[index];
  if (!self) throw new Error(`No published piece at ${href}`);
  let related = indexes.get(pieces);
  if (!related) {
    related = relatedIndex(pieces.map((p) => ({ item: p.card, key: p.card.href, data: p.data })));
    indexes.set(pieces, related);
  }
  const newer = pieces[index - 1]?.card;
  const older = pieces[index + 1]?.card;
  const paged = new Set([newer?.href, older?.href]);
  const best = related({ item: self.card, key: href, data: self.data }, RELATED_COUNT + 2);
  const shown = best.filter((card) => !paged.has(card.href)).slice(0, RELATED_COUNT);
  const neighbours: Neighbours = { related: shown, showKinds: kindsAreMixed(shown) };
  if (newer) neighbours.newer = newer;
  if (older) neighbours.older = older;
  return neighbours;
}
