/**
 * Turn a reference manager's export (BibTeX, RIS or CSL-JSON) into reference entries the library
 * accepts: CSL-JSON fields the schema knows, a citation key `family_year`, validated by the reference
 * schema. Organisation authors (`{{World Health Organization}}`, an RIS AU with no comma) become one
 * literal name. A journal article without its abbreviation (plain Zotero BibTeX has none) takes the
 * one the library already gives that journal, or is added without one, with a warning. Works whose
 * DOI the library (or the same file) already has are refused, as are works the schema rejects; every
 * refusal says why.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { normaliseDoi } from '../identifiers.ts';
import { looksLikeTitleCase } from './title-case.ts';
import { REFERENCE_TYPES, type ReferenceData, referenceSchema } from '../../schemas/reference.ts';

export type ImportFormat = 'bibtex' | 'ris' | 'csl-json';

/** The format of an export file, from its extension. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
  if (extension === 'ris') return 'ris';
  if (extension === 'json') return 'csl-json';
  return undefined;
}

/** Read an export into raw CSL-JSON items. */
export function parseExport(text: string, format: ImportFormat): Array<Record<string, unknown>> {
  const input = format === 'csl-json' ? JSON.parse(text) : text;
  const forceType =
    format === 'bibtex'
      ? '@biblatex/text'
      : format === 'ris'
        ? '@ris/file'
        : Array.isArray(input)
          ? '@csl/list+object'
          : '@csl/object';
  return new Cite(input, { forceType }).data.map(({ _graph, ...item }) => item);
}

/** CSL types the library does not keep, mapped to the nearest it does. */
const TYPE_ALIASES: Record<string, (typeof REFERENCE_TYPES)[number]> = {
  article: 'article-journal',
  'post-weblog': 'webpage',
  post: 'webpage',
};

const asText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;

type Name = ReferenceData['author'][number];

/** A CSL name as the schema wants it; initials run together ("JO") become dotted ("J. O."). */
function toName(raw: Record<string, unknown>): Name | Record<string, unknown> {
  const literal = asText(raw.literal);
  if (literal) return { literal };
  const family = [asText(raw['non-dropping-particle']), asText(raw.family)].filter(Boolean).join(' ');
  let given = [asText(raw.given), asText(raw['dropping-particle'])].filter(Boolean).join(' ');
  // A name with no given names is an organisation ("{{World Health Organization}}" in BibTeX): keep it whole.
  if (family && !given) return { literal: family };
  if (/^[A-Z]{2,}$/.test(given)) given = [...given].map((c) => `${c}.`).join(' ');
  const suffix = asText(raw.suffix);
  if (suffix) given = `${given}, ${suffix}`;
  return family ? { family, given } : raw;
}

/** The fields of a raw item that the reference schema knows, tidied; validation happens afterwards. */
export function toReferenceFields(raw: Record<string, unknown>): Record<string, unknown> {
  const type = asText(raw.type) ?? '';
  const fields: Record<string, unknown> = {
    type: TYPE_ALIASES[type] ?? type,
    title: asText(raw.title)?.replace(/\s+/g, ' '),
  };
  if (Array.isArray(raw.author)) fields.author = raw.author.map((a) => toName(a as Record<string, unknown>));
  else if (Array.isArray(raw.editor)) fields.author = raw.editor.map((a) => toName(a as Record<string, unknown>));
  fields['container-title'] = asText(raw['container-title']);
  fields['container-title-short'] = asText(raw['container-title-short']) ?? asText(raw.journalAbbreviation);
  const parts = (raw.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (parts) fields.issued = { 'date-parts': [parts.map(Number)] };
  fields.volume = asText(raw.volume);
  fields.issue = asText(raw.issue);
  fields.page = asText(raw.page)
    ?.replace(/\s*(–|—|--)\s*/g, '-')
    .replace(/\s+/g, '');
  const doi = asText(raw.DOI);
  if (doi) fields.DOI = normaliseDoi(doi);
  else fields.URL = asText(raw.URL);
  fields.ISSN = /\d{4}-\d{3}[\dX]/i.exec(asText(raw.ISSN) ?? '')?.[0]?.toUpperCase();
  fields.publisher = asText(raw.publisher);
  for (const key of Object.keys(fields)) if (fields[key] === undefined || fields[key] === '') delete fields[key];
  return fields;
}

/** Letters that Unicode normalisation does not split into a base letter and an accent. */
const UNDECOMPOSABLE: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

/** `family_year` in lower-case ASCII: "Garnweidner-Holme", 2022 -> "garnweidner_holme_2022". */
export function suggestKey(fields: Record<string, unknown>): string {
  const first = (fields.author as Array<Record<string, string>> | undefined)?.[0];
  const name =
    first?.family ?? first?.literal?.split(/\s+/)[0] ?? String(fields.title ?? 'ref').split(/\s+/)[0] ?? 'ref';
  const year = (fields.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0] ?? 'nd';
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßđłþ]/g, (c) => UNDECOMPOSABLE[c] ?? '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '');
  return `${ascii || 'ref'}_${year}`;
}

export interface ExistingReference {
  id: string;
  /** Bare DOI, if the entry has one. */
  doi?: string | undefined;
  /** The journal and its abbreviation, if the entry gives both: works from the same journal can take it. */
  journal?: string | undefined;
  journalShort?: string | undefined;
  issn?: string | undefined;
}

export interface AcceptedReference {
  id: string;
  data: ReferenceData;
  /** The fields as they will be written (before the schema's transforms). */
  fields: Record<string, unknown>;
  /** What the contributor should know or check: an abbreviation taken from another entry, or missing. */
  notes: string[];
}

export interface RefusedReference {
  /** How the contributor recognises the work: its title, or its position in the file. */
  label: string;
  reason: string;
}

export interface ImportResult {
  accepted: AcceptedReference[];
  refused: RefusedReference[];
}

/** Decide, for each work in an export, whether it can be added and under which key. */
export function planImport(
  rawItems: ReadonlyArray<Record<string, unknown>>,
  existing: readonly ExistingReference[],
): ImportResult {
  const usedIds = new Set(existing.map((e) => e.id));
  const shortByJournal = new Map<string, { short: string; from: string }>();
  for (const e of existing) {
    if (!e.journalShort) continue;
    if (e.journal) shortByJournal.set(e.journal.trim().toLowerCase(), { short: e.journalShort, from: e.id });
    if (e.issn) shortByJournal.set(e.issn.toUpperCase(), { short: e.journalShort, from: e.id });
  }
  const dois = new Map(
    existing.filter((e) => e.doi).map((e) => [e.doi!.toLowerCase(), `the existing reference "${e.id}"`]),
  );
  const result: ImportResult = { accepted: [], refused: [] };
  rawItems.forEach((raw, index) => {
    const fields = toReferenceFields(raw);
    const notes: string[] = [];
    if (typeof fields.title === 'string' && looksLikeTitleCase(fields.title))
      notes.push(
        'the title looks like Title Case: store it in sentence case (capitals only for the first word, the first word after a colon, proper nouns and acronyms)',
      );
    if (fields.type === 'article-journal' && !fields['container-title-short']) {
      const journal = typeof fields['container-title'] === 'string' ? fields['container-title'] : '';
      // By the journal's name first (the abbreviation belongs to it), else by its ISSN.
      const known =
        shortByJournal.get(journal.trim().toLowerCase()) ?? shortByJournal.get(String(fields.ISSN ?? '').toUpperCase());
      if (known) {
        fields['container-title-short'] = known.short;
        notes.push(`took the journal abbreviation "${known.short}" from ${known.from}`);
      } else
        notes.push(
          `no journal abbreviation: AMA and Vancouver will print "${journal}" in full; add container-title-short (the NLM abbreviation) if the journal has one`,
        );
    }
    const label = `entry ${index + 1}${fields.title ? ` ("${String(fields.title)}")` : ''}`;
    const doi = typeof fields.DOI === 'string' ? fields.DOI.toLowerCase() : undefined;
    const holder = doi ? dois.get(doi) : undefined;
    if (holder) {
      result.refused.push({
        label,
        reason: `its DOI ${String(fields.DOI)} is already ${holder}; cite that key instead`,
      });
      return;
    }
    const parsed = referenceSchema.safeParse(fields);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
      );
      result.refused.push({
        label,
        reason: `it is not a valid reference: ${problems.join('; ')}. Correct it in your reference manager and export it again`,
      });
      return;
    }
    const base = suggestKey(fields);
    let id = base;
    // busari_2017, then busari_2017b ... busari_2017z, then busari_2017_27, busari_2017_28 ...: always a valid key.
    for (let n = 1; usedIds.has(id); n++) id = n < 26 ? `${base}${String.fromCharCode(97 + n)}` : `${base}_${n + 1}`;
    usedIds.add(id);
    if (doi) dois.set(doi, `entry ${index + 1} of this file (added as "${id}")`);
    result.accepted.push({ id, data: parsed.data, fields, notes });
    if (typeof fields['container-title'] === 'string' && typeof fields['container-title-short'] === 'string') {
      shortByJournal.set(fields['container-title'].trim().toLowerCase(), {
        short: fields['container-title-short'],
        from: `entry ${index + 1} of this file`,
      });
    }
  });
  return result;
}

/** The order fields are written in, as in the library's own files. */
export const FIELD_ORDER = [
  'type',
  'title',
  'author',
  'container-title',
  'container-title-short',
  'issued',
  'volume',
  'issue',
  'page',
  'DOI',
  'URL',
  'ISSN',
  'publisher',
];
