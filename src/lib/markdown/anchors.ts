/**
 * Stable anchors for deep links. A paragraph's id is a hash of its own normalised text, so adding,
 * removing or editing other paragraphs never changes it; a heading's id is a slug of its text.
 * Repeats get a suffix (-2, -3) in document order.
 */
import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Anchor {
  id: string;
  kind: 'paragraph' | 'heading';
  node: Paragraph | Heading;
  /** Heading text, for the link's accessible name. */
  text: string;
  /** Whether the anchor gets a visible link to itself (top level and block quotes only). */
  linked: boolean;
}

/**
 * Ids the page around a piece's body uses (layouts, components, enhancement scripts), which the
 * body's own ids must never take: a heading "Cite this AMA" must not become the id the Copy button
 * looks for. tests/built/reserved-ids.test.ts collects every id outside the body on essay and poster
 * pages and fails when one is missing here.
 */
const LAYOUT_IDS = new Set([
  'main',
  'site-menu',
  'site-search',
  'theme-menu',
  'theme-menu-label',
  'references-heading',
  'for-educators',
  'for-educators-heading',
  'tags-heading',
  'related-heading',
  'pager-heading',
  'objective',
  'objective-heading',
  'approach',
  'approach-heading',
  'quotes',
  'quotes-heading',
  'results',
  'results-heading',
  'conclusion',
  'conclusion-heading',
  'resources',
  'resources-heading',
  'citation-preview',
]);

/** Families of ids the layout makes: bibliography entries (ref-key) and cite-this panels. */
const LAYOUT_ID_PREFIXES = ['ref-', 'cite-this-'];

/** True for an id the page around the body uses, which nothing in the body may carry. */
export function isLayoutId(id: string): boolean {
  return LAYOUT_IDS.has(id) || LAYOUT_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}

/**
 * True for an id a heading or paragraph may not take: the layout's, and the ones the body's own
 * plugins write (citations: cite-3; footnotes: user-content-fn-1, and footnote-label on their heading).
 */
export function isReservedId(id: string): boolean {
  return isLayoutId(id) || id === 'footnote-label' || id.startsWith('cite-') || id.startsWith('user-content-');
}

/** Text as compared for a paragraph's id: whitespace collapsed, case and typographic quotes folded. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
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
 * The anchors of a piece's body, in document order: every heading (in lists and components too, so
 * no heading is left for a later step to name), and paragraphs at the top level or in block quotes
 * (list items and MDX components lay out their own text). Only top-level and block-quote anchors get
 * a visible link (`linked`).
 */
export function findAnchors(tree: Root): Anchor[] {
  const anchors: Anchor[] = [];
  const used = new Set<string>();
  const unique = (base: string) => {
    // A slug the layout uses gets a prefix no layout id has.
    const free = isReservedId(base) ? `section-${base}` : base;
    let id = free;
    for (let n = 2; used.has(id) || isReservedId(id); n++) id = `${free}-${n}`;
    used.add(id);
    return id;
  };
  const walk = (children: readonly Nodes[], linked: boolean) => {
    for (const node of children) {
      if (node.type === 'paragraph' && linked) {
        const text = toString(node);
        if (text.trim()) anchors.push({ id: unique(paragraphId(text)), kind: 'paragraph', node, text, linked });
      } else if (node.type === 'heading') {
        const text = toString(node);
        anchors.push({ id: unique(headingId(text)), kind: 'heading', node, text, linked });
      } else if ('children' in node) walk(node.children as Nodes[], linked && node.type === 'blockquote');
    }
  };
  walk(tree.children, true);
  return anchors;
}
