/**
 * Essay-wide citation numbering: works are numbered in the order they are first cited, and every
 * place a work is cited gets an anchor id, so the bibliography can link back to each of them.
 */
import type { Root } from 'mdast';
import { SITE } from '../../site.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';
import { type CitationMatch, citedKeysInOrder, findCitations } from './find-citations.ts';
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

const numberedBodies = new Map<string, NumberedCitations>();

/**
 * Numbering for an MDX body as written (what the rendered page shows). Cached by body: a piece's
 * bibliography, head metadata and the reference pages' "Cited in" lists all ask for it.
 */
export function numberCitationsInBody(body: string): NumberedCitations {
  let numbered = numberedBodies.get(body);
  if (!numbered) {
    numbered = numberCitations(findCitations(parseMdx(body)));
    numberedBodies.set(body, numbered);
  }
  return numbered;
}

export type { Root };
