/**
 * Downloadable bibliography files: BibTeX, RIS and CSL-JSON, made at build time in the forms Zotero's
 * own import translators read (docs/citations.md has the field-by-field table):
 * - BibTeX: works as citation-js writes them, with `shortjournal` (Zotero's journal abbreviation) added
 *   to articles; the library's own pieces as biblatex entries: an essay `@online` with its
 *   organization (the library), a poster `@unpublished` of type Poster with its event and venue.
 * - RIS: from citation-js's record objects (its text output hard-wraps long values and cuts the ID
 *   tag to 20 characters), with page ranges as SP and EP, and a poster as TY SLIDE with its meeting
 *   in T2 and place in CY.
 * - CSL-JSON: the items, with `journalAbbreviation` (what Zotero reads) beside `container-title-short`.
 */
import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

type Name = { family?: string; given?: string; literal?: string };
const datePartsOf = (item: CslItem, field = 'issued') =>
  (item[field] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/** Characters BibTeX treats specially, escaped; Unicode is left as it is (biblatex and Zotero read UTF-8). */
const bibtexValue = (value: string) =>
  value.replace(/[\\{}%&#$_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );

/** biblatex names: "Family, Given" joined by "and"; a group in double braces so no tool splits it. */
const bibtexNames = (names: Name[]) =>
  names
    .map((n) =>
      n.literal ? `{${bibtexValue(n.literal)}}` : `${bibtexValue(n.family ?? '')}, ${bibtexValue(n.given ?? '')}`,
    )
    .join(' and ');

/** An ISO date of the precision known: 2009, 2009-05, 2009-05-12. */
const isoParts = (parts: number[]) => parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');

/** An essay (@online) or a poster (@unpublished) of the library as a biblatex entry. */
function pieceBibtex(item: CslItem): string {
  const fields: Array<[string, string | undefined]> = [];
  const names = item.author as Name[] | undefined;
  if (names?.length) fields.push(['author', bibtexNames(names)]);
  // Double braces keep the title's capitals as written: styles that change case would otherwise lower them.
  fields.push(['title', `{${bibtexValue(String(item.title))}}`]);
  if (item.type === 'speech') {
    fields.push(
      ['type', str(item.genre)],
      ['eventtitle', str(item['event-title'])],
      ['venue', str(item['event-place'])],
      ['location', str(item['event-place'])],
    );
  } else fields.push(['organization', str(item['container-title'])]);
  const issued = datePartsOf(item);
  if (issued) fields.push(['date', isoParts(issued)]);
  fields.push(
    ['abstract', str(item.abstract)],
    ['keywords', str(item.keyword)],
    ['language', str(item.language)],
    ['url', str(item.URL)],
  );
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(
      ([name, value]) =>
        `\t${name} = {${name === 'title' || name === 'author' || name === 'url' ? value : bibtexValue(value)}},`,
    )
    .join('\n');
  return `@${item.type === 'speech' ? 'unpublished' : 'online'}{${String(item['citation-key'] ?? item.id)},\n${body}\n}`;
}

/**
 * BibTeX has no day field: citation-js would write a full date as `month = {nov 22}`, which BibTeX
 * tools misread, so the day is left out (`month = {11}`). Zotero reads the journal abbreviation only
 * from biblatex's `shortjournal`, added after `journal`.
 */
function workBibtex(item: CslItem): string {
  const parts = datePartsOf(item);
  const withoutDay = parts && parts.length > 2 ? { ...item, issued: { 'date-parts': [parts.slice(0, 2)] } } : item;
  const entry = String(new Cite([withoutDay]).format('bibtex')).trim();
  const short = str(item['container-title-short']);
  if (!short || item.type !== 'article-journal') return entry;
  return entry.replace(/^(\tjournal = \{.*\},)$/m, `$1\n\tshortjournal = {${bibtexValue(short)}},`);
}

const isPiece = (item: CslItem) => item.type === 'post-weblog' || item.type === 'speech';

export function toBibtex(items: readonly CslItem[]): string {
  return `${items.map((item) => (isPiece(item) ? pieceBibtex(item) : workBibtex(item))).join('\n')}\n`;
}

type RisRecord = Record<string, string | string[]>;

/** Record fields citation-js writes differently from what Zotero's RIS import reads. */
function zoteroRis(record: RisRecord, item: CslItem): RisRecord {
  const page = str(item.page);
  const [start = '', end] = page?.split('-') ?? [];
  const fields: RisRecord = {};
  for (const [tag, value] of Object.entries({ ...record, ID: item.id })) {
    // A page range as SP and EP (citation-js writes it whole in SP).
    if (tag === 'SP' && end) Object.assign(fields, { SP: start, EP: end });
    else fields[tag] = value;
  }
  if (item.type === 'speech') {
    // A presentation: SLIDE, with the meeting as T2 and its place as CY (citation-js writes SOUND).
    fields.TY = 'SLIDE';
    const event = str(item['event-title']);
    const place = str(item['event-place']);
    if (event) fields.T2 = event;
    if (place) fields.CY = place;
  }
  return fields;
}

export function toRis(items: readonly CslItem[]): string {
  const records = new Cite([...items]).format('ris', { format: 'object' }) as RisRecord[];
  return records
    .map((record, index) => {
      const item = items[index];
      const fields = item ? zoteroRis(record, item) : record;
      const lines = [`TY  - ${oneLine(String(fields.TY ?? 'GEN'))}`];
      for (const [tag, value] of Object.entries(fields)) {
        if (tag === 'TY' || tag === 'ER') continue;
        for (const v of Array.isArray(value) ? value : [value])
          if (String(v).trim()) lines.push(`${tag}  - ${oneLine(String(v))}`);
      }
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** CSL-JSON as Zotero imports it: the abbreviation also as `journalAbbreviation`. */
export function toCslJson(items: readonly CslItem[]): string {
  const withAbbreviations = items.map((item) =>
    item['container-title-short'] ? { ...item, journalAbbreviation: item['container-title-short'] } : item,
  );
  return `${JSON.stringify(withAbbreviations, null, 2)}\n`;
}

export function exportItems(format: ExportFormat, items: readonly CslItem[]): string {
  if (format === 'bib') return toBibtex(items);
  if (format === 'ris') return toRis(items);
  return toCslJson(items);
}

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
