/**
 * Parse an MDX body into an mdast tree without running any plugin or evaluating anything, with the
 * same syntax extensions as the build's compiler (MDX and GitHub-flavoured Markdown, see
 * pipeline.ts), so a construct is never read one way here and another way there. Positions are
 * 1-based lines and columns. For the writing page's checks and preview, in the browser: a build parses
 * each body once, in the compile, and pages read what it recorded (tests/built/one-parse.test.ts).
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
