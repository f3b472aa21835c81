/**
 * "Add a work that is not in the library yet" on the writing page: read a pasted BibTeX, RIS or
 * CSL-JSON export with the import rules of `npm run ref:add` (src/lib/citations/import-references.ts:
 * keys, name clean-up, duplicate DOIs refused, the reference schema) and write each accepted work's
 * file as that command writes it (reference-yaml.ts). Loaded only when a writer reads a paste.
 */
import { type ExistingReference, type ImportFormat, parseExport, planImport } from '../citations/import-references.ts';
import { referenceYaml } from '../citations/reference-yaml.ts';
import type { PageReference } from './page.ts';

/** A work read from a paste, ready to cite and to propose as content/references/<key>.yaml. */
export interface NewWork extends PageReference {
  /** The reference file's text. */
  yaml: string;
  /** What the writer should check (from the import rules), e.g. a missing journal abbreviation. */
  notes: string[];
}

/** The format of pasted text, from how it starts. */
export function pastedFormat(text: string): ImportFormat | undefined {
  const start = text.trimStart();
  if (start.startsWith('@')) return 'bibtex';
  if (/^TY {2}- /m.test(start)) return 'ris';
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  return undefined;
}

export function readWorks(
  text: string,
  library: readonly PageReference[],
  added: readonly NewWork[],
): { accepted: NewWork[]; refused: Array<{ label: string; reason: string }> } {
  const format = pastedFormat(text);
  if (!format)
    return {
      accepted: [],
      refused: [
        {
          label: 'the pasted text',
          reason: 'it is not BibTeX (starts with @), RIS (has a "TY  - " line) or CSL-JSON (starts with [ or {)',
        },
      ],
    };
  let items: Array<Record<string, unknown>>;
  try {
    items = parseExport(text, format);
  } catch (error) {
    return {
      accepted: [],
      refused: [
        {
          label: 'the pasted text',
          reason: `it could not be read as ${format}: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  if (items.length === 0)
    return { accepted: [], refused: [{ label: 'the pasted text', reason: 'no works were found in it' }] };
  const existing: ExistingReference[] = [...library, ...added].map((r) => ({
    id: r.key,
    doi: r.doi,
    journal: r.journal,
    journalShort: r.journalShort,
    issn: r.issn,
  }));
  const { accepted, refused } = planImport(items, existing);
  return {
    refused,
    accepted: accepted.map(({ id, data, fields, notes }) => {
      const names = data.author
        .map((a) => ('literal' in a && a.literal ? a.literal : 'family' in a ? a.family : ''))
        .filter(Boolean);
      return {
        key: id,
        title: data.title,
        authors: names.length > 2 ? `${names[0]} et al.` : names.join(' and '),
        author: data.author.map((a) =>
          'literal' in a && a.literal ? { literal: a.literal } : { family: 'family' in a ? a.family : '' },
        ),
        year: String(data.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.'),
        ...(data.DOI ? { doi: data.DOI } : {}),
        yaml: referenceYaml(fields),
        notes,
      };
    }),
  };
}
