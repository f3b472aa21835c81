/**
 * Downloadable bibliography files: BibTeX, RIS and CSL-JSON, made with citation-js at build time.
 * RIS is written from citation-js's record objects, because its text output hard-wraps long values
 * and cuts the ID tag to 20 characters.
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

/**
 * BibTeX has no day field: citation-js would write a full date as `month = {nov 22}`, which BibTeX
 * tools misread, so the day is left out (`month = {11}`).
 */
export function toBibtex(items: readonly CslItem[]): string {
  const withoutDays = items.map((item) => {
    const parts = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
    return parts && parts.length > 2 ? { ...item, issued: { 'date-parts': [parts.slice(0, 2)] } } : item;
  });
  return `${String(new Cite(withoutDays).format('bibtex')).trim()}\n`;
}

type RisRecord = Record<string, string | string[]>;

export function toRis(items: readonly CslItem[]): string {
  const records = new Cite([...items]).format('ris', { format: 'object' }) as RisRecord[];
  return records
    .map((record, index) => {
      const fields: RisRecord = { ...record, ID: items[index]?.id ?? String(record.ID ?? '') };
      const lines = [`TY  - ${oneLine(String(fields.TY ?? 'GEN'))}`];
      for (const [tag, value] of Object.entries(fields)) {
        if (tag === 'TY' || tag === 'ER') continue;
        for (const v of Array.isArray(value) ? value : [value]) if (String(v).trim()) lines.push(`${tag}  - ${oneLine(String(v))}`);
      }
      lines.push('ER  - ');
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

export function exportItems(format: ExportFormat, items: readonly CslItem[]): string {
  if (format === 'bib') return toBibtex(items);
  if (format === 'ris') return toRis(items);
  return toCslJson(items);
}

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
