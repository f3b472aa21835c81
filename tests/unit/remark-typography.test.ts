/** SmartyPants runs only on documents with something for it to change, and then changes what it always did. */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { needsSmartypants, remarkTypography } from '../../src/lib/markdown/remark-typography.ts';

function typeset(markdown: string): string {
  const tree: Root = fromMarkdown(markdown);
  const transform = remarkTypography.call(undefined as never);
  transform(tree, undefined as never, () => undefined);
  return toString(tree);
}

describe('remark-typography', () => {
  it('curls quotes and apostrophes, across emphasis and links, and sets dashes and ellipses', () => {
    expect(typeset(`The nurse said "don't rush" -- and *"wait"*... then [she](https://example.org) 'showed' me.`)).toBe(
      'The nurse said “don’t rush” — and “wait”… then she ‘showed’ me.',
    );
  });

  it('leaves typographic text as written, without running SmartyPants', () => {
    const text = 'The healthcare assistant’s “tips” – and a pause…';
    expect(needsSmartypants(fromMarkdown(text))).toBe(false);
    expect(typeset(text)).toBe(text);
  });

  it('looks only at prose: code and link addresses do not count', () => {
    expect(needsSmartypants(fromMarkdown('See `a--b` and [the page](https://example.org/a--b...).'))).toBe(false);
    expect(needsSmartypants(fromMarkdown("It's here."))).toBe(true);
  });
});
