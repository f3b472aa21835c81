/**
 * COinS (ContextObjects in Spans): an OpenURL 1.0 KEV ContextObject in the title of an empty
 * `<span class="Z3988">`, which Zotero and other reference managers read to save a work from a page.
 * Used only on reference pages: on an essay page it would make Zotero offer the cited works instead
 * of the essay.
 */
import type { ReferenceData } from '../../schemas/reference.ts';
import { invertedName } from './csl-items.ts';

const BOOKISH = new Set(['book', 'chapter', 'report', 'thesis', 'paper-conference']);

export function coinsTitle(ref: ReferenceData): string {
  const pairs: Array<[string, string | undefined]> = [['ctx_ver', 'Z39.88-2004']];
  const year = String(ref.issued['date-parts'][0][0]);
  if (BOOKISH.has(ref.type)) {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book']);
    const genre = ref.type === 'chapter' ? 'bookitem' : ref.type === 'paper-conference' ? 'proceeding' : ref.type === 'report' ? 'report' : 'book';
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
  const [first, ...rest] = ref.author;
  if (first && 'family' in first) pairs.push(['rft.aulast', first.family], ['rft.aufirst', first.given]);
  if (first && 'literal' in first) pairs.push(['rft.aucorp', first.literal]);
  for (const author of rest) pairs.push(['rft.au', invertedName(author)]);
  if (ref.DOI) pairs.push(['rft_id', `info:doi/${ref.DOI}`]);
  if (ref.URL) pairs.push(['rft_id', ref.URL]);
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
