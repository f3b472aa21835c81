/**
 * The typography an essay's Markdown gets (curly quotes and apostrophes, dashes, ellipses: the same
 * SmartyPants step as src/lib/markdown/remark-typography.ts, with its defaults), for plain text from
 * front matter that the page prints: a poster's panels. Before issue 17 a poster kept the straight
 * quotes its author typed while an essay beside it had curly ones.
 */
import type { Paragraph, Root, Text } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { toString } from 'mdast-util-to-string';
import { needsSmartypants } from '../markdown/remark-typography.ts';

type Transform = (tree: Root, file: unknown, next: () => void) => void;
let smartypants: Transform | undefined;

/** The text with typographic punctuation; text with nothing to change is returned as it is. */
export function typeset(text: string): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: text } satisfies Text] } satisfies Paragraph],
  };
  if (!needsSmartypants(tree)) return text;
  smartypants ??= (remarkSmartypants as unknown as (this: unknown) => Transform).call(undefined);
  smartypants(tree, undefined, () => undefined);
  return toString(tree);
}
