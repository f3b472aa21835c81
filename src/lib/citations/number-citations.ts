/**
 * Essay-wide citation numbering: works are numbered in the order they are first cited, and every
 * place a work is cited gets an anchor id, so the bibliography can link back to each of them.
 *
 * A piece is numbered once, by src/lib/markdown/remark-citations.ts while it is compiled; the compile
 * records the numbering in the piece's remark front matter (`citationNumbers`, a NumberingRecord), and
 * every page that shows it (the piece's bibliography and head, the reference pages' "Cited in", the
 * reading lists) reads that record through src/lib/routes/citation-numbers.ts. Nothing parses a body
 * again to number it.
 */
import { SITE } from '../../site.ts';
import { type CitationMatch, citedKeysInOrder } from './find-citations.ts';
import { CITATION_STYLES, type CitationStyleId } from './styles.ts';

export interface NumberedCitations {
  /** Cited keys in first-cited order; a work's number is its index + 1. */
  order: string[];
  /** For each key, the anchor ids of the places that cite it, in reading order. */
  backlinks: Map<string, string[]>;
}

/** Anchor id of the nth citation (1-based) in a piece. */
export const citationAnchor = (n: number) => `cite-${n}`;
/**
 * Anchor id of a work's bibliography entry in the list a style uses. A piece has one list per citation
 * system (numbered in first-cited order; alphabetical for author-date styles): the list of the site
 * default's system has the plain `ref-<key>` ids, the other `ref-<key>--<system>`.
 */
export function referenceAnchor(key: string, style: CitationStyleId = SITE.citationStyle): string {
  const { system } = CITATION_STYLES[style];
  return system === CITATION_STYLES[SITE.citationStyle].system ? `ref-${key}` : `ref-${key}--${system}`;
}

export function numberCitations(citations: readonly CitationMatch[]): NumberedCitations {
  const backlinks = new Map<string, string[]>();
  citations.forEach((citation, index) => {
    for (const { key } of citation.items) {
      const list = backlinks.get(key) ?? [];
      list.push(citationAnchor(index + 1));
      backlinks.set(key, list);
    }
  });
  return { order: citedKeysInOrder(citations), backlinks };
}

/** Where the compile leaves a piece's numbering in its remark front matter (`render(entry).remarkPluginFrontmatter`). */
export const NUMBERING_FIELD = 'citationNumbers';

/**
 * The numbering as the compile records it: plain JSON, since Astro writes the remark front matter into
 * the compiled module as a literal. Backlinks are [key, anchors] pairs, not an object keyed by citation
 * key, so no key can name an object's own properties.
 */
export interface NumberingRecord {
  order: string[];
  backlinks: Array<[string, string[]]>;
}

export const numberingRecord = ({ order, backlinks }: NumberedCitations): NumberingRecord => ({
  order,
  backlinks: [...backlinks],
});

/**
 * The numbering a compiled piece recorded, from its remark front matter. Throws, naming the file, when
 * the piece was compiled without remark-citations (another MDX pipeline), so no page shows a piece
 * with an empty bibliography by mistake.
 */
export function readNumberingRecord(frontmatter: Record<string, unknown>, file: string | undefined): NumberedCitations {
  const record = frontmatter[NUMBERING_FIELD] as Partial<NumberingRecord> | undefined;
  if (!Array.isArray(record?.order) || !Array.isArray(record.backlinks))
    throw new Error(
      `${file ?? 'A piece'} was compiled without its citation numbering: astro.config.mjs must compile MDX with contentProcessor (src/lib/markdown/pipeline.ts)`,
    );
  return { order: record.order, backlinks: new Map(record.backlinks) };
}
