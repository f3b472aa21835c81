/**
 * Reading lists: each list's pieces in order with the educator's notes, one combined bibliography of
 * every work the listed pieces cite, and the whole list as BibTeX, RIS and CSL-JSON for reference
 * managers (the listed pieces first, then the works they cite).
 */
import { getCollection } from 'astro:content';
import { displayDate, isoDay } from '../format/dates.ts';
import { nameInSentence } from '../format/in-sentence.ts';
import type { CslItem } from '@citation-js/core';
import { coinsTitle, pieceCoinsTitle } from '../citations/coins.ts';
import { pieceItem, referenceItem } from '../citations/csl-items.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../citations/exports.ts';
import { getCitationNumbers } from './citation-numbers.ts';
import { citablePiece } from './piece-citation.ts';
import { renderEach } from './rendered-references.ts';
import { type Essay, getEssays, getPosters, getReferenceMap, type Poster, referenceHref } from './collections.ts';
import { readingListHref } from './hrefs.ts';
import { essayCard, type PieceCard, posterCard } from './pieces.ts';

export { readingListHref };

export interface ReadingListItem {
  piece: PieceCard;
  note: string;
  /** OpenURL ContextObject for a COinS span, so reference managers can save the piece from the list. */
  coins: string;
}

export interface CombinedReference {
  key: string;
  /** The entry in the site's default style, as HTML (links to the DOI) and as text (for sorting). */
  html: string;
  text: string;
  href: string;
  /** Titles of the listed pieces that cite it. */
  citedBy: string[];
  /** OpenURL ContextObject for a COinS span. */
  coins: string;
}

export interface ReadingListView {
  id: string;
  href: string;
  title: string;
  summary: string;
  compiler: string;
  /** The compiler as it reads after "Compiled by" ("the library's editors"). */
  compiledBy: string;
  dateText: string;
  dateIso: string;
  items: ReadingListItem[];
  bibliography: CombinedReference[];
  /** Citation keys of the combined bibliography, in the order shown. */
  referenceKeys: string[];
  /** The listed pieces, then the works they cite, as CSL items for the export files. */
  cslItems: CslItem[];
  downloads: Array<{ format: ExportFormat; label: string; href: string }>;
}

/** The list as a file for reference managers: list.bib, list.ris, list.json. */
export const readingListExportHref = (id: string, format: ExportFormat) => `${readingListHref(id)}list.${format}`;

export async function getReadingLists(): Promise<ReadingListView[]> {
  const [lists, essays, posters, references] = await Promise.all([
    getCollection('readingLists'),
    getEssays(),
    getPosters(),
    getReferenceMap(),
  ]);
  const essayById = new Map(essays.map((e) => [e.id, e]));
  const posterById = new Map(posters.map((p) => [p.id, p]));
  const views: ReadingListView[] = [];
  for (const list of lists) {
    const entries = list.data.items.map((item) => {
      const entry: Essay | Poster | undefined = item.essay
        ? essayById.get(item.essay)
        : posterById.get(item.poster ?? '');
      // The content checks refuse unknown and draft pieces; fail loudly if they were bypassed.
      if (!entry)
        throw new Error(`Reading list ${list.id} names a piece that is not published: ${item.essay ?? item.poster}`);
      return item.essay
        ? {
            entry,
            note: item.note,
            piece: essayCard(entry as Essay),
            citable: citablePiece({ kind: 'essay', entry: entry as Essay }),
          }
        : {
            entry,
            note: item.note,
            piece: posterCard(entry as Poster),
            citable: citablePiece({ kind: 'poster', entry: entry as Poster }),
          };
    });
    const citedBy = new Map<string, string[]>();
    const numbers = await Promise.all(entries.map(({ entry }) => getCitationNumbers(entry)));
    for (const [index, { entry }] of entries.entries()) {
      for (const key of numbers[index]!.order) citedBy.set(key, [...(citedBy.get(key) ?? []), entry.data.title]);
    }
    // Each work rendered on its own, so no entry borrows a number or year suffix from another.
    const rendered = await renderEach([...citedBy.keys()]);
    const bibliography = [...citedBy].map(([key, titles]): CombinedReference => {
      const style = rendered.get(key)?.[0];
      if (!style) throw new Error(`Citation key "${key}" was not rendered.`);
      const data = references.get(key)?.data;
      if (!data) throw new Error(`Citation key "${key}" names no reference.`);
      return {
        key,
        html: style.html,
        text: style.text,
        href: referenceHref(key),
        citedBy: titles,
        coins: coinsTitle(data),
      };
    });
    bibliography.sort((a, b) => a.text.localeCompare(b.text));
    views.push({
      id: list.id,
      href: readingListHref(list.id),
      title: list.data.title,
      summary: list.data.summary,
      compiler: list.data.compiler,
      compiledBy: nameInSentence(list.data.compiler),
      dateText: displayDate(list.data.published),
      dateIso: isoDay(list.data.published),
      items: entries.map(({ piece, note, citable }) => ({ piece, note, coins: pieceCoinsTitle(citable) })),
      bibliography,
      referenceKeys: bibliography.map((r) => r.key),
      cslItems: [
        ...entries.map(({ citable }) => pieceItem(citable)),
        ...bibliography.flatMap(({ key }) => {
          const reference = references.get(key);
          return reference ? [referenceItem(key, reference.data)] : [];
        }),
      ],
      downloads: EXPORT_FORMAT_IDS.map((format) => ({
        format,
        label: EXPORT_FORMATS[format].label,
        href: readingListExportHref(list.id, format),
      })),
    });
  }
  return views.sort((a, b) => a.title.localeCompare(b.title));
}
