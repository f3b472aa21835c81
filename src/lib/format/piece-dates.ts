/** How a piece page states its dates: when it first appeared, and when the library published or added it. */
import type { FirstPublished } from '../../schemas/common.ts';
import { displayDate, displayParts, isoDay } from './dates.ts';

/**
 * A piece page's dates. A piece the library published first has one date; a piece that appeared
 * elsewhere first has that first appearance (as far as it is known) and the day it was added.
 */
export interface PieceDates {
  /** "First published May 2009 in Nursing Times", "Presented 2008 at the Alberta IPE Forum, Calgary"; or none. */
  first?: string;
  /** "Published" (the library published it first) or "Added to the library". */
  libraryLabel: string;
  libraryText: string;
  libraryIso: string;
  /**
   * Whether the library's date may be a <time datetime>: not when the work's own date is unknown,
   * because Zotero takes the first <time datetime> of a page as the work's date when it has none.
   */
  libraryAsTime: boolean;
}

export function pieceDates(kind: 'essay' | 'poster', published: Date, first: FirstPublished | undefined): PieceDates {
  const library = { libraryText: displayDate(published), libraryIso: isoDay(published) };
  if (kind === 'essay' && !first) return { ...library, libraryLabel: 'Published', libraryAsTime: true };
  const verb = kind === 'essay' ? 'First published' : 'Presented';
  const where = [first?.venue, first?.place].filter(Boolean).join(', ');
  const when = first?.date ? ` ${displayParts(first.date)}` : '';
  const unknown =
    kind === 'essay'
      ? 'First published elsewhere (date not known)'
      : 'Presented before it was added (date and meeting not known)';
  const text =
    !when && !where ? unknown : `${verb}${when}${where ? ` ${kind === 'essay' ? 'in' : 'at'} ${where}` : ''}`;
  return { ...library, first: text, libraryLabel: 'Added to the library', libraryAsTime: Boolean(first?.date) };
}
