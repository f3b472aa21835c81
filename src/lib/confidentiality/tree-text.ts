/**
 * The text a reader gets from an MDX body, read from its syntax tree (mdast, after the parser has
 * decoded character references and escapes): every paragraph, heading, table cell, list item and
 * footnote, with inline code, image descriptions and the text inside links and components joined in
 * reading order, so "943 *476* 5919" is one number; and, each on its own, every code block, link and
 * image title, definition title and component string prop (an `<Aside title>` or an `<abbr title>` is
 * read too). `mailto:` and `tel:` addresses are returned separately: the reader never sees them as
 * text, but they publish an address.
 *
 * Every piece keeps its source offsets (align.ts), so a finding maps back to the file's line and column.
 */
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { alignValue } from './align.ts';
import type { SourcePoint, TextSegment } from './normalise.ts';

/**
 * `address`: a mailto:/tel: link's address; `hidden`: a web address after its scheme (login name, path,
 * query, fragment), which a page carries but does not show as words; `label`: a footnote's label, which
 * becomes an id and a link.
 */
export type BlockKind = 'prose' | 'code' | 'title' | 'alt' | 'attribute' | 'address' | 'hidden' | 'label';

/** One run of text the reader reads as a whole, made of pieces from several nodes. */
export interface TextBlock {
  kind: BlockKind;
  segments: TextSegment[];
  /** Code keeps its line breaks: each line of a code block is read on its own. */
  keepLines?: boolean;
}

/** Node types whose children are phrasing content read as one run of text. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

/** Block content: anything else inside a component is text in a line of its own (MDX unwraps `<Aside>Text</Aside>`'s paragraph). */
const FLOW_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'code',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
  'html',
  'mdxJsxFlowElement',
  'mdxFlowExpression',
  'mdxjsEsm',
]);

/** A web address's scheme and the slashes after it ("https://", "mailto:"). */
const SCHEME = /^[a-z][a-z\d+.-]*:\/*/i;

/** HTML's inline elements that show nothing when they are empty. */
const INLINE_ELEMENTS = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr'.split(' '),
);

/** True for a node the site's plugins added to the text: the ¶ and # links after each paragraph and heading. */
const isAnchorLink = (node: Nodes) =>
  node.type === 'link' &&
  ((node.data?.hProperties as { className?: unknown } | undefined)?.className as string[] | undefined)?.includes(
    'anchor-link',
  ) === true;

export function treeText(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const point = (offset: number | undefined, fallback?: Nodes): SourcePoint => {
    const start = fallback?.position?.start;
    if (offset === undefined) return { line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 };
    return { line: start?.line ?? 1, column: start?.column ?? 1, offset };
  };

  /** A segment for a value decoded from the source between `from` and `to` (offsets in `source`). */
  const segment = (
    value: string,
    from: number | undefined,
    to: number | undefined,
    node: Nodes,
  ): TextSegment | undefined => {
    if (!value) return undefined;
    if (from === undefined || to === undefined) return { value, start: point(undefined, node) };
    const slice = source.slice(from, to);
    const offsets = alignValue(value, slice, from);
    return { value, start: point(offsets[0], node), offsets };
  };
  const separator = (node: Nodes): TextSegment => ({ value: ' ', start: point(node.position?.start.offset, node) });
  const single = (kind: BlockKind, piece: TextSegment | undefined, keepLines = false) => {
    if (piece) blocks.push(keepLines ? { kind, segments: [piece], keepLines } : { kind, segments: [piece] });
  };

  /** The title of a link, image or definition, found at the end of the node's source. */
  const titleOf = (node: Nodes & { title?: string | null | undefined }) => {
    const title = node.title;
    if (!title) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined)
      return single('title', { value: title, start: point(undefined, node) });
    const raw = source.slice(start, end);
    // The title is the last quoted or bracketed part: find its closing delimiter, then its opening one.
    let close = raw.length - 1;
    if (node.type !== 'definition') while (close > 0 && /[\s)]/.test(raw[close]!)) close--;
    while (close > 0 && /\s/.test(raw[close]!)) close--;
    const opener = raw[close] === ')' ? '(' : raw[close];
    const open = opener ? raw.lastIndexOf(opener, close - 1) : -1;
    const from = open >= 0 ? start + open + 1 : start;
    single('title', segment(title, from, end, node));
  };

  const address = (node: Nodes, url: string) => {
    const trimmed = url.trim();
    const scheme = SCHEME.exec(trimmed)?.[0] ?? '';
    const rest = trimmed.slice(scheme.length);
    if (!rest) return;
    // Where the address is written, when it is written as is (findings then point at their column).
    const nodeStart = node.position?.start.offset;
    const written = nodeStart === undefined ? -1 : source.indexOf(trimmed, nodeStart);
    const start =
      written >= 0 && written <= (node.position?.end.offset ?? -1)
        ? point(written + scheme.length, node)
        : point(nodeStart, node);
    if (/^(?:mailto|tel|sms|callto):$/i.test(scheme)) single('address', { value: decodeURIComponentSafe(rest), start });
    else single('hidden', { value: addressWords(trimmed), start });
  };

  const attributes = (node: { attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute> } & Nodes) => {
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
      const start = attribute.position?.start.offset;
      const end = attribute.position?.end.offset;
      if (start === undefined || end === undefined) {
        single('attribute', { value: attribute.value, start: point(undefined, node) });
        continue;
      }
      const raw = source.slice(start, end);
      const open = raw.search(/["']/);
      single('attribute', segment(attribute.value, open >= 0 ? start + open + 1 : start, end, node));
    }
  };

  /** Collect a run of phrasing content into `into`; titles, props and addresses become their own blocks. */
  const phrasing = (nodes: readonly PhrasingContent[], into: TextSegment[]) => {
    for (const node of nodes) {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      switch (node.type) {
        case 'text': {
          const piece = segment(node.value, from, to, node);
          if (piece) into.push(piece);
          break;
        }
        case 'inlineCode': {
          // Read where it stands: `943`476 reads as one number on the page.
          const piece = segment(node.value, from, to, node);
          if (piece) into.push(piece);
          break;
        }
        case 'break':
          into.push(separator(node));
          break;
        case 'footnoteReference':
          into.push(separator(node));
          // The label becomes an id and a link on the page.
          single('label', { value: node.label ?? node.identifier, start: point(from, node) });
          break;
        case 'image': {
          // ![description](address "title"): the description is read where the image stands.
          const piece = segment(node.alt ?? '', from === undefined ? undefined : from + 2, to, node);
          if (piece) into.push(piece);
          titleOf(node);
          address(node, node.url);
          break;
        }
        case 'imageReference': {
          const piece = segment(node.alt ?? '', from === undefined ? undefined : from + 2, to, node);
          if (piece) into.push(piece);
          break;
        }
        case 'link':
          if (isAnchorLink(node)) break;
          phrasing(node.children, into);
          titleOf(node);
          address(node, node.url);
          break;
        case 'mdxJsxTextElement':
          attributes(node);
          // A superscript or subscript with something in it (a citation's number, a footnote mark) is a word
          // of its own, and so is a component with nothing in it (`<br />`); an empty inline element
          // (`<sup></sup>`, `<em></em>`) shows nothing and separates nothing: "LS1 4<sup></sup>AP" reads "LS1 4AP".
          if (
            node.children.length === 0
              ? !INLINE_ELEMENTS.has(node.name ?? '')
              : node.name === 'sup' || node.name === 'sub'
          )
            into.push(separator(node));
          phrasing(node.children as PhrasingContent[], into);
          break;
        default:
          // A citation the site's plugin made (a superscript number) is a word of its own.
          if ((node.data as { hName?: string } | undefined)?.hName === 'sup') into.push(separator(node));
          if ('children' in node && Array.isArray(node.children)) phrasing(node.children as PhrasingContent[], into);
      }
    }
  };

  const visit = (node: Nodes) => {
    if (PHRASING_PARENTS.has(node.type)) {
      const segments: TextSegment[] = [];
      phrasing((node as Parents).children as PhrasingContent[], segments);
      if (segments.some((s) => s.value.trim())) blocks.push({ kind: 'prose', segments });
      return;
    }
    switch (node.type) {
      case 'code': {
        // The value starts on the line after the opening fence (or at the start, for indented code).
        const from = node.position?.start.offset;
        const to = node.position?.end.offset;
        if (from === undefined || to === undefined) {
          single('code', { value: node.value, start: point(undefined, node) }, true);
          return;
        }
        const raw = source.slice(from, to);
        const fenced = /^\s{0,3}(?:```|~~~)/.test(raw);
        const bodyStart = fenced ? raw.indexOf('\n') + 1 : 0;
        single('code', segment(node.value, from + (bodyStart > 0 ? bodyStart : 0), to, node), true);
        return;
      }
      case 'definition':
        titleOf(node);
        address(node, node.url);
        return;
      case 'mdxJsxFlowElement': {
        attributes(node);
        const text = node.children.filter((child) => !FLOW_TYPES.has(child.type)) as PhrasingContent[];
        if (text.length > 0) {
          const segments: TextSegment[] = [];
          phrasing(text, segments);
          if (segments.some((s) => s.value.trim())) blocks.push({ kind: 'prose', segments });
          for (const child of node.children) if (FLOW_TYPES.has(child.type)) visit(child as Nodes);
          return;
        }
        break;
      }
      case 'html':
        single('prose', segment(node.value, node.position?.start.offset, node.position?.end.offset, node));
        return;
      default:
        break;
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return blocks;
}

/**
 * A web address as words: everything after the scheme (a login name, the path, the query and the
 * fragment) decoded, each part (and each part of a citation key, "nhs_943…") a word of its own ("https://example.com/patients/943…/notes?pc=LS1+4AP"
 * reads "example.com patients 943… notes pc LS1 4AP"). The same for an id or any address a page holds.
 */
export function addressWords(url: string): string {
  return decodeURIComponentSafe(url.trim().replace(SCHEME, '')).replace(/[/&=?#+;:_]/g, ' ');
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
