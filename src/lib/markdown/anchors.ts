/**
 * Stable anchors for deep links. A paragraph's id is a hash of its own normalised text, so adding,
 * removing or editing other paragraphs never changes it; a heading's id is a slug of its text.
 * Repeats get a suffix (-2, -3) in document order.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Anchor {
  id: string;
  kind: 'paragraph' | 'heading';
  node: Paragraph | Heading;
  /** Heading text, for the link's accessible name. */
  text: string;
}

/** Ids the page layout already uses, which prose anchors must not take. */
const RESERVED = new Set(['main', 'references-heading', 'for-educators', 'for-educators-heading', 'tags-heading', 'related-heading', 'pager-heading']);

/** Text as compared for a paragraph's id: whitespace collapsed, case and typographic quotes folded. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 32-bit FNV-1a over UTF-16 code units, as a base-36 string: short, fast and the same everywhere. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

export const paragraphId = (text: string) => `p-${hashText(normaliseText(text))}`;

export function headingId(text: string): string {
  const slug = normaliseText(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/**
 * The anchors of a piece's body, in document order: headings anywhere outside lists, and paragraphs
 * at the top level or in block quotes (list items and MDX components lay out their own text).
 */
export function findAnchors(tree: Root): Anchor[] {
  const anchors: Anchor[] = [];
  const used = new Set(RESERVED);
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const walk = (children: Root['children']) => {
    for (const node of children) {
      if (node.type === 'paragraph') {
        const text = toString(node);
        if (text.trim()) anchors.push({ id: unique(paragraphId(text)), kind: 'paragraph', node, text });
      } else if (node.type === 'heading') {
        const text = toString(node);
        anchors.push({ id: unique(headingId(text)), kind: 'heading', node, text });
      } else if (node.type === 'blockquote') walk(node.children);
    }
  };
  walk(tree.children);
  return anchors;
}
