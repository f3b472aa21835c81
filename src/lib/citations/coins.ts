/**
 * COinS (ContextObjects in Spans): an OpenURL 1.0 KEV ContextObject in the title of an empty
 * `<span class="Z3988">`, which Zotero (its COinS translator) and other reference managers read to
 * save works from a page: one span per work on reference pages, the references index and reading
 * lists. Never on an essay or poster page: Zotero would then offer the cited works instead of the piece.
 */
import type { ReferenceData } from '../../schemas/reference.ts';
import { type CitablePiece, invertedName, pieceNames } from './csl-items.ts';

const kev = (pairs: Array<[string, string | undefined]>) =>
  pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

/** The first author as OpenURL's aulast/aufirst (or aucorp for a group), the rest as `au`. */
function authorPairs(
  names: ReadonlyArray<{ family: string; given: string } | { literal: string }>,
): Array<[string, string | undefined]> {
  const pairs: Array<[string, string | undefined]> = [];
  const [first, ...rest] = names;
  if (first && 'family' in first) pairs.push(['rft.aulast', first.family], ['rft.aufirst', first.given]);
  if (first && 'literal' in first) pairs.push(['rft.aucorp', first.literal]);
  for (const author of rest) pairs.push(['rft.au', 'literal' in author ? author.literal : invertedName(author)]);
  return pairs;
}

/**
 * An essay or poster of the library: OpenURL's Dublin Core format, whose `rft.type` Zotero reads as
 * its item type (blogPost, presentation) without copying it into a Type field; `rft.source` is the
 * blog an essay belongs to.
 */
export function pieceCoinsTitle(piece: CitablePiece): string {
  const pairs: Array<[string, string | undefined]> = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', piece.kind === 'essay' ? 'blogPost' : 'presentation'],
    ['rft.title', piece.title],
    ...authorPairs(pieceNames(piece)),
    ['rft.date', piece.issued?.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-')],
    ['rft.source', piece.kind === 'essay' ? piece.siteName : undefined],
    ['rft.place', piece.kind === 'poster' ? piece.firstPublished?.place : undefined],
    ['rft.description', piece.summary],
    ['rft.language', piece.language],
    ['rft_id', piece.url],
  ];
  return kev(pairs);
}

const BOOKISH = new Set(['book', 'chapter', 'report', 'thesis', 'paper-conference']);

export function coinsTitle(ref: ReferenceData): string {
  const pairs: Array<[string, string | undefined]> = [['ctx_ver', 'Z39.88-2004']];
  const year = String(ref.issued['date-parts'][0][0]);
  if (BOOKISH.has(ref.type)) {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book']);
    const genre =
      ref.type === 'chapter'
        ? 'bookitem'
        : ref.type === 'paper-conference'
          ? 'proceeding'
          : ref.type === 'report'
            ? 'report'
            : 'book';
    pairs.push(['rft.genre', genre]);
    if (ref.type === 'chapter' || ref.type === 'paper-conference') {
      pairs.push(['rft.atitle', ref.title], ['rft.btitle', ref['container-title']]);
    } else pairs.push(['rft.btitle', ref.title]);
    pairs.push(['rft.pub', ref.publisher]);
  } else if (ref.type === 'article-journal') {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'], ['rft.genre', 'article'], ['rft.atitle', ref.title]);
    pairs.push(['rft.jtitle', ref['container-title']], ['rft.stitle', ref['container-title-short']]);
    pairs.push(['rft.volume', ref.volume], ['rft.issue', ref.issue], ['rft.issn', ref.ISSN]);
  } else {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'], ['rft.type', 'webpage'], ['rft.title', ref.title]);
  }
  pairs.push(['rft.date', year]);
  if (ref.page) {
    const [start, end] = ref.page.split('-');
    pairs.push(['rft.pages', ref.page], ['rft.spage', start], ['rft.epage', end]);
  }
  pairs.push(...authorPairs(ref.author));
  if (ref.DOI) pairs.push(['rft_id', `info:doi/${ref.DOI}`]);
  if (ref.URL) pairs.push(['rft_id', ref.URL]);
  return kev(pairs);
}
