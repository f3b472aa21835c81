/**
 * Parse an MDX body into an mdast tree without evaluating anything, so checks can walk the real
 * syntax tree (including MDX nodes) and report positions. Positions are 1-based lines and columns.
 * GFM is on, as in the build (footnotes, tables, autolinks, strikethrough): without it a footnote
 * definition or a table reads as plain paragraphs and the checks would not see what the page shows.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

export function parseMdx(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}
