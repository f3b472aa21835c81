/**
 * SmartyPants (curly quotes and apostrophes, dashes, ellipses) for documents that need it. Astro's
 * built-in step runs remark-smartypants on every document, and that plugin parses the whole text as
 * natural language twice over: a tenth of a large build, spent mostly on essays already written with
 * typographic punctuation. This runs the same plugin, with the same defaults, only when some text
 * holds a character it would change, so the output is the same and the cost goes where the work is.
 * (astro.config.mjs turns the built-in step off.)
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor, Transformer } from 'unified';
import { visit, EXIT } from 'unist-util-visit';

/** What SmartyPants rewrites: straight quotes, backticks, double and triple hyphens, three dots. */
const PLAIN_PUNCTUATION = /["'`]|--|\.\.\./;

export function needsSmartypants(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (!PLAIN_PUNCTUATION.test(node.value)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

export function remarkTypography(this: Processor): Transformer<Root> {
  // remark-smartypants changes the tree in place, synchronously, and returns nothing.
  const smartypants = remarkSmartypants.call(this);
  return (tree, file) => {
    if (smartypants && needsSmartypants(tree)) smartypants(tree, file, () => undefined);
  };
}
