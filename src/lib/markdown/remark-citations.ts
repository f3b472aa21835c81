/**
 * Remark plugin: turn Pandoc-style citations into linked in-text citations in every citation style.
 * Each citation becomes `<span class="cite" id="cite-N">` holding one form per style (AMA superscripts,
 * Vancouver numbers in brackets, APA and Harvard author-date, made by src/lib/citations/in-text.ts);
 * CSS shows the form of the style chosen in the bibliography's switch, with or without JavaScript.
 * Numbering is first-cited order across the piece (numberCitations()), made here once: the numbering is
 * also left in the file's remark front matter (`citationNumbers`), which the content layer hands to the
 * pages with the compiled piece, so the bibliography, the head metadata, the reference pages' "Cited in"
 * lists and the reading lists show the numbers the text shows (docs/citations.md, "A citation's path
 * through the code"). Without JavaScript each citation is a plain link to its entry;
 * public/scripts/citations.js adds the preview of the full reference on hover and keyboard focus.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SITE } from '../../site.ts';
import { findCitations, type LocatedCitation } from '../citations/find-citations.ts';
import { type InTextNode, renderInTextCitations } from '../citations/in-text.ts';
import {
  citationAnchor,
  NUMBERING_FIELD,
  numberCitations,
  numberingRecord,
  referenceAnchor,
} from '../citations/number-citations.ts';
import { CITATION_STYLE_IDS, type CitationStyleId } from '../citations/styles.ts';
import { loadReferences } from '../content/load-references.ts';
import { contentRootOf } from '../content/paths.ts';
import { placeAt, slicePosition, textSlice } from './positions.ts';

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

/** The style's form of a citation as mdast. */
function toMdast(nodes: readonly InTextNode[], style: CitationStyleId): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'text') return { type: 'text', value: node.value };
    if (node.type === 'link') {
      const properties: Record<string, unknown> = { href: `#${referenceAnchor(node.key, style)}` };
      if (node.label) properties['aria-label'] = node.label;
      return element('a', properties, toMdast(node.children, style));
    }
    if (node.tag === 'small-caps') return element('span', { className: ['small-caps'] }, toMdast(node.children, style));
    return element(node.tag, {}, toMdast(node.children, style));
  });
}

export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const citations = findCitations(tree);
    tree.data = { ...tree.data, citations: citations.map(({ node: _node, ...citation }) => citation) };
    const numbered = numberCitations(citations);
    // Astro's compiler exports this object with the compiled piece (render(entry).remarkPluginFrontmatter).
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter) frontmatter[NUMBERING_FIELD] = numberingRecord(numbered);
    if (citations.length === 0) return;
    const { order } = numbered;
    const marks = renderInTextCitations(citations, order, loadReferences(contentRootOf(file.path)));

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
        const forms = CITATION_STYLE_IDS.map((style) => {
          const isDefault = style === SITE.citationStyle;
          // Search indexes the default style's form only; the others would repeat the authors' names.
          const properties: Record<string, unknown> = {
            className: ['citation'],
            dataCiteStyle: style,
            dataDefault: isDefault ? '' : undefined,
            dataPagefindIgnore: isDefault ? undefined : '',
          };
          return element('span', properties, toMdast(marks[index]?.[style] ?? [], style));
        });
        pieces.push(
          placeAt(
            element('span', { className: ['cite'], id: citationAnchor(index + 1) }, forms),
            slicePosition(node, citation.start, citation.end),
          ),
        );
        cursor = citation.end;
      }
      if (cursor < node.value.length) pieces.push(textSlice(node, cursor));
      parent.children.splice(position, 1, ...pieces);
      return position + pieces.length;
    });
  };
}
