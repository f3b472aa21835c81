/**
 * Remark plugin: the first use of each glossary abbreviation in a piece ("HCA") becomes
 * <a href="/glossary/#hca"><abbr title="healthcare assistant">HCA</abbr></a>. Only whole words in
 * prose are matched: text inside links, code, headings and MDX elements is left alone, and later uses
 * stay plain (marking every one would clutter the text).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { glossaryHref, loadGlossary } from '../content/load-glossary.ts';
import { contentRootOf } from '../content/paths.ts';
import { placeAt, slicePosition, textSlice } from './positions.ts';
import type { VFile } from 'vfile';

export interface Abbreviation {
  id: string;
  term: string;
  expansion: string;
}

/** Node types whose text must not be touched. */
const LEAVE_ALONE = new Set([
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'heading',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'definition',
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Mark up the first use of each abbreviation in a tree; returns the ids marked, in order. */
export function markAbbreviations(tree: Root, abbreviations: readonly Abbreviation[]): string[] {
  const pending = new Map(abbreviations.map((a) => [a.term, a]));
  const marked: string[] = [];
  if (pending.size === 0) return marked;
  const pattern = () => new RegExp(`(?<![\\w-])(${[...pending.keys()].map(escape).join('|')})(?![\\w-])`);
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (LEAVE_ALONE.has(node.type) || (node.data as { hName?: string } | undefined)?.hName) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || pending.size === 0) return;
    const text = node as Text;
    const match = pattern().exec(text.value);
    if (!match?.[1]) return;
    const abbreviation = pending.get(match[1]);
    if (!abbreviation) return;
    pending.delete(match[1]);
    marked.push(abbreviation.id);
    const abbr = {
      type: 'emphasis',
      data: { hName: 'abbr', hProperties: { title: abbreviation.expansion } },
      children: [textSlice(text, match.index, match.index + match[1].length)],
    } as PhrasingContent;
    const link: PhrasingContent = {
      type: 'link',
      url: glossaryHref(abbreviation.id),
      data: { hProperties: { className: ['glossary-term'] } },
      children: [abbr],
    };
    const pieces: PhrasingContent[] = [];
    if (match.index > 0) pieces.push(textSlice(text, 0, match.index));
    pieces.push(placeAt(link, slicePosition(text, match.index, match.index + match[1].length)));
    const restAt = match.index + match[1].length;
    const rest = text.value.slice(restAt);
    if (rest) pieces.push(textSlice(text, restAt));
    parent.children.splice(index, 1, ...(pieces as typeof parent.children));
    // Continue with the text after the link, which may hold another abbreviation.
    return index + pieces.length - (rest ? 1 : 0);
  });
  return marked;
}

export function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    const abbreviations = [...loadGlossary(contentRootOf(file.path))].flatMap(([id, entry]) =>
      entry.expansion ? [{ id, term: entry.term, expansion: entry.expansion }] : [],
    );
    markAbbreviations(tree, abbreviations);
  };
}
