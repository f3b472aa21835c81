/**
 * The fields a reference file holds, from any CSL item (one read back from a download), normalised
 * only where the formats legitimately differ (numbers as text, BibTeX's "--" page dash, and a group
 * name citation-js reads from BibTeX braces as a family name with no given name), so a round trip can
 * be compared with the YAML field by field.
 */
const FIELDS = [
  'type',
  'title',
  'container-title',
  'container-title-short',
  'volume',
  'issue',
  'page',
  'DOI',
  'URL',
  'ISSN',
  'publisher',
] as const;

type Name = { family?: string; given?: string; literal?: string };

export function comparableFields(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = item[field];
    if (value === undefined || value === '') continue;
    out[field] = field === 'page' ? String(value).replace(/\s*(--|–)\s*/g, '-') : String(value);
  }
  const names = (item.author as Name[] | undefined) ?? [];
  out.author = names.map((n) =>
    n.literal
      ? { literal: n.literal }
      : n.given === undefined
        ? { literal: n.family }
        : { family: n.family, given: n.given },
  );
  const parts = (item.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  if (parts) out.issued = parts.map(Number);
  return out;
}
