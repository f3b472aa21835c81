/**
 * Remark plugin: turn Pandoc-style citations into numbered, linked superscripts, the AMA way.
 * `[@a; @b, p. 5]` becomes superscript numbers linking to the bibliography entries, with the locator
 * as AMA prints it ("2(p5)"); `@a says` prints the authors' names followed by the number. Numbering is
 * first-cited order across the piece and matches numberCitations(), which the page uses to render the
 * bibliography. Without JavaScript each number is a plain link to its entry; public/scripts/citations.js
 * adds the preview of the full reference on hover and keyboard focus.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { authorLabel } from '../citations/author-label.ts';
import { formatLocator } from '../citations/engine.ts';
import { findCitations, type LocatedCitation } from '../citations/find-citations.ts';
import { parseLocator } from '../citations/locators.ts';
import { citationAnchor, numberCitations, referenceAnchor } from '../citations/number-citations.ts';
import { loadReferences } from '../content/load-references.ts';
import { contentRootOf } from '../content/paths.ts';
import { slicePosition, textSlice } from './positions.ts';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** An mdast node that remark-rehype turns into the element named in data.hName. */
function element(tagName: string, properties: Record<string, unknown>, children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', children, data: { hName: tagName, hProperties: properties } } as PhrasingContent;
}

declare module 'mdast' {
  interface RootData {
    /** The piece's citations as written, in order, with file positions: recorded here for the content checks. */
    citations?: Array<Omit<LocatedCitation, 'node'>>;
  }
}

export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const citations = findCitations(tree);
    tree.data = { ...tree.data, citations: citations.map(({ node: _node, ...citation }) => citation) };
    if (citations.length === 0) return;
    const { order } = numberCitations(citations);
    const references = loadReferences(contentRootOf(file.path));
    const number = (key: string) => order.indexOf(key) + 1;

    // Replace matches from the end of each text node so earlier offsets stay valid.
    const byNode = new Map<Text, Array<{ citation: (typeof citations)[number]; index: number }>>();
    citations.forEach((citation, index) => {
      const list = byNode.get(citation.node) ?? [];
      list.push({ citation, index });
      byNode.set(citation.node, list);
    });

    visit(tree, 'text', (node: Text, position, parent) => {
      const matches = byNode.get(node);
      if (!matches || !parent || position === undefined) return;
      const pieces: PhrasingContent[] = [];
      let cursor = 0;
      for (const { citation, index } of matches) {
        if (citation.start > cursor) pieces.push(textSlice(node, cursor, citation.start));
        if (citation.inText) {
          const authors = references.get(citation.items[0]?.key ?? '')?.author ?? [];
          const label: Text = { type: 'text', value: authorLabel(authors) };
          const position = slicePosition(node, citation.start, citation.end);
          if (position) label.position = position;
          pieces.push(label);
        }
        const links: PhrasingContent[] = [];
        citation.items.forEach((item, i) => {
          if (i > 0) links.push({ type: 'text', value: ',' });
          const n = number(item.key);
          const properties: Record<string, unknown> = { href: `#${referenceAnchor(item.key)}`, 'aria-label': `Reference ${n}` };
          if (i === 0) properties.id = citationAnchor(index + 1);
          links.push(element('a', properties, [{ type: 'text', value: String(n) }]));
          if (item.locator) links.push({ type: 'text', value: locatorText(item.locator) });
        });
        const sup = element('sup', { className: ['citation'] }, links);
        const position = slicePosition(node, citation.start, citation.end);
        if (position) sup.position = position;
        pieces.push(sup);
        cursor = citation.end;
      }
      if (cursor < node.value.length) pieces.push(textSlice(node, cursor));
      parent.children.splice(position, 1, ...pieces);
      return position + pieces.length;
    });
  };
}

/** "p. 5" -> "(p5)"; a locator the checks would have refused is printed as written. */
function locatorText(locator: string): string {
  const parsed = parseLocator(locator);
  return parsed ? formatLocator(parsed) : `(${locator})`;
}
