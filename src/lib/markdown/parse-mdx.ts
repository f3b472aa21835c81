/**
 * Parse an MDX body into an mdast tree without evaluating anything, so checks can walk the real
 * syntax tree (including MDX nodes) and report positions. Positions are 1-based lines and columns.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}
