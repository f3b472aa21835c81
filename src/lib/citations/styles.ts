import { MONTHS } from '../format/dates.ts';

/**
 * The citation styles readers can choose between. AMA 11 is the site default (set in src/site.ts);
 * APA 7, Vancouver (NLM) and Harvard (Cite Them Right) are built into citation-js, AMA 11 is the CSL
 * file stored in src/lib/citations/csl/ (see docs/citations.md for where it came from).
 *
 * - `system`: numeric styles number works in first-cited order and print numbers in the text;
 *   author-date styles print "(Busari et al., 2017)" and list works alphabetically.
 * - `locale`: the language the style's guide writes dates and terms in. AMA and APA are American
 *   ("November 22, 2026"); NLM's Citing Medicine is American too, with its own date form
 *   ("2026 Nov 22"); Cite Them Right Harvard is British ("22 November 2026").
 * - `dateForm`: how the style prints a full date, so a self-citation's accessed date can be found
 *   in the rendering and brought up to the reader's day (public/scripts/citations.js has the same
 *   three forms).
 */
export const CITATION_STYLES = {
  ama: {
    label: 'AMA',
    name: 'AMA 11th edition',
    csl: 'american-medical-association',
    locale: 'en-US',
    system: 'numeric',
    dateForm: 'us',
  },
  apa: { label: 'APA', name: 'APA 7th edition', csl: 'apa', locale: 'en-US', system: 'author-date', dateForm: 'us' },
  vancouver: {
    label: 'Vancouver',
    name: 'Vancouver (NLM)',
    csl: 'nlm-vancouver',
    locale: 'en-US',
    system: 'numeric',
    dateForm: 'nlm',
  },
  harvard: {
    label: 'Harvard',
    name: 'Harvard (Cite Them Right)',
    csl: 'harvard1',
    locale: 'en-GB',
    system: 'author-date',
    dateForm: 'uk',
  },
} as const;

export type CitationStyleId = keyof typeof CITATION_STYLES;

export const CITATION_STYLE_IDS = Object.keys(CITATION_STYLES) as CitationStyleId[];

export type DateForm = (typeof CITATION_STYLES)[CitationStyleId]['dateForm'];

/** A day as a style prints it: "November 22, 2026" (us), "2026 Nov 22" (nlm), "22 November 2026" (uk). */
export function formatStyleDate(date: Date, form: DateForm): string {
  const day = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const year = date.getUTCFullYear();
  if (form === 'us') return `${month} ${day}, ${year}`;
  if (form === 'nlm') return `${year} ${month.slice(0, 3)} ${day}`;
  return `${day} ${month} ${year}`;
}

export const isAuthorDate = (style: CitationStyleId) => CITATION_STYLES[style].system === 'author-date';
