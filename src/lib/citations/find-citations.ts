/**
 * Find Pandoc-style citations in prose: `[@key]`, `[@a; @b]`, `[@key, p. 5]` and the author-in-text
 * form `@key says`. Only text nodes are searched, so code, links and MDX are never read as citations.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { CITATION_KEY as KEY } from './citation-key.ts';

/** One cited work inside a citation. */
export interface CitedItem {
  key: string;
  /** Locator text after the comma, e.g. "p. 5". */
  locator?: string;
}

/** One citation as written: a bracketed cluster or an author-in-text mention. */
export interface CitationMatch {
  items: CitedItem[];
  /** True for `@key` written in running text (the author's name is printed). */
  inText: boolean;
  /** Offsets of the whole match inside the text node's value. */
  start: number;
  end: number;
}

/**
 * A bracketed cluster such as `[@a; @b, p. 5]` or an author-in-text `@key` not preceded by a word
 * character (an e-mail address), nor by an invisible one (`jane\u200B@example.org` is an address too).
 */
const CITATION = new RegExp(
  `\\[(\\s*@${KEY}[^\\[\\]@]*(?:;\\s*@${KEY}[^\\[\\]@;]*)*)\\]|(?<![\\w.@\\[\\p{Cf}])@(${KEY})`,
  'gu',
);
const ITEM = new RegExp(`^\\s*@(${KEY})\\s*(?:,\\s*(.+?))?\\s*$`);

/** Every citation in a string, in order. */
export function findCitationsInText(value: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  for (const match of value.matchAll(CITATION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[2] !== undefined) {
      matches.push({ items: [{ key: match[2] }], inText: true, start, end });
      continue;
    }
    const items: CitedItem[] = [];
    for (const part of (match[1] ?? '').split(';')) {
      const item = ITEM.exec(part);
      if (!item?.[1]) continue;
      items.push(item[2] ? { key: item[1], locator: item[2] } : { key: item[1] });
    }
    if (items.length > 0) matches.push({ items, inText: false, start, end });
  }
  return matches;
}

/** A citation with the text node it sits in. */
export interface LocatedCitation extends CitationMatch {
  node: Text;
  /** 1-based line and column of the citation in the parsed source. */
  line: number;
  column: number;
}

/** Every citation in a tree, in document order, with source positions. */
export function findCitations(tree: Root): LocatedCitation[] {
  const found: LocatedCitation[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const match of findCitationsInText(node.value)) {
      const { line, column } = positionAt(node, match.start);
      found.push({ ...match, node, line, column });
    }
  });
  return found;
}

/** Line and column of an offset inside a text node (text nodes may span lines). */
function positionAt(node: Text, offset: number): { line: number; column: number } {
  const startLine = node.position?.start.line ?? 1;
  const startColumn = node.position?.start.column ?? 1;
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n');
  if (newlines.length === 1) return { line: startLine, column: startColumn + offset };
  return { line: startLine + newlines.length - 1, column: (newlines.at(-1)?.length ?? 0) + 1 };
}

/** Cited keys in first-cited order, each once. */
export function citedKeysInOrder(citations: readonly CitationMatch[]): string[] {
  const keys = new Set<string>();
  for (const citation of citations) for (const item of citation.items) keys.add(item.key);
  return [...keys];
}
