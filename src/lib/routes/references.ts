/** View models for the references index and reference pages, including where each work is cited. */
import { doiUrl } from '../identifiers.ts';
import { authorLabel } from '../citations/author-label.ts';
import { coinsTitle } from '../citations/coins.ts';
import type { StyledText } from '../citations/style-order.ts';
import { type CitingPiece, getCitingPieces } from './citing-pieces.ts';
import { renderEach } from './rendered-references.ts';
import { getReferenceMap, referenceHref } from './collections.ts';

export interface ReferenceView {
  id: string;
  href: string;
  title: string;
  /** "Busari et al.": the authors as an author-in-text citation names them (search results show it). */
  authors: string;
  /** The work in every style, the site's default first. */
  styles: StyledText[];
  /** The default style's plain text (for listings and descriptions). */
  text: string;
  doi?: string;
  year: number;
  /** The published pieces citing it, each with links to the exact places. */
  citedIn: CitingPiece[];
  /** OpenURL ContextObject for a COinS span, so reference managers can save the work from its page. */
  coins: string;
}

/** Every reference with the published pieces citing it, sorted by the default style's text (first author, year). */
let referenceViews: Promise<ReferenceView[]> | undefined;

/** The references index and every reference page read these; they are computed once per build. */
export function getReferenceViews(): Promise<ReferenceView[]> {
  referenceViews ??= buildReferenceViews();
  return referenceViews;
}

async function buildReferenceViews(): Promise<ReferenceView[]> {
  const [references, citing] = await Promise.all([getReferenceMap(), getCitingPieces()]);
  const keys = [...references.keys()].sort();
  const rendered = await renderEach(keys);
  const views = keys.map((key): ReferenceView => {
    const { data } = references.get(key)!;
    const styles = rendered.get(key) ?? [];
    const view: ReferenceView = {
      id: key,
      href: referenceHref(key),
      title: data.title,
      authors: authorLabel(data.author),
      styles,
      text: styles[0]?.text ?? data.title,
      year: data.issued['date-parts'][0][0],
      citedIn: citing.get(key) ?? [],
      coins: coinsTitle(data),
    };
    if (data.DOI) view.doi = doiUrl(data.DOI);
    return view;
  });
  return views.sort((a, b) => a.text.localeCompare(b.text));
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * How a "Cited in" link names the nth place a piece cites a work: words, never a number, so it cannot
 * be read as the work's number in the piece ("where it is cited"; "first citation", "second citation").
 */
export const placeName = (index: number, count: number) =>
  count === 1 ? 'where it is cited' : `${ORDINALS[index] ?? `${index + 1}th`} citation`;
