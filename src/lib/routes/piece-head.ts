/** A piece page's head: citation meta tags (Highwire, Dublin Core, Open Graph) and JSON-LD. */
import type { CitablePiece } from '../citations/csl-items.ts';
import { type MetaTag, pieceJsonLd, pieceMetaTags, serialiseJsonLd } from '../citations/page-metadata.ts';
import { licenceUrl } from '../format/licence.ts';
import { getReferenceMap } from './collections.ts';

/** The head metadata of a piece page: meta tags and the JSON-LD text. */
export interface PieceHead {
  meta: MetaTag[];
  jsonLd: string;
}

export async function getPieceHead(
  piece: CitablePiece,
  /** The keys the piece cites, in first-cited order (its citation numbering's order). */
  citedKeys: readonly string[],
  options: { orcid?: string | undefined; licence: Parameters<typeof licenceUrl>[0] },
): Promise<PieceHead> {
  const references = await getReferenceMap();
  const cited = citedKeys.flatMap((key) => {
    const reference = references.get(key);
    return reference ? [{ id: key, data: reference.data }] : [];
  });
  const input = { piece, orcid: options.orcid, references: cited, licenceUrl: licenceUrl(options.licence) };
  return { meta: pieceMetaTags(input), jsonLd: serialiseJsonLd(pieceJsonLd(input)) };
}
