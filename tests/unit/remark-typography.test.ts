/** SmartyPants runs only on documents with something for it to change, and then changes what it always did. */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { needsSmartypants, remarkTypography } from '../../src/lib/markdown/remark-typography.ts';
import { typeset as typesetText } from '../../src/lib/format/typeset.ts';

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

describe("typeset (plain text from front matter, e.g. a poster's panels)", () => {
  it("gives the same typography an essay's Markdown gets", () => {
    const text = `With my student and I, it sparked a discussion about peoples' roles -- "how it all fits"... It's often the other guy's job.`;
    expect(typesetText(text)).toBe(
      'With my student and I, it sparked a discussion about peoples’ roles — “how it all fits”… It’s often the other guy’s job.',
    );
    expect(typesetText(text)).toBe(typeset(text));
  });
  it('returns text with nothing to change as it is', () => {
    expect(typesetText('Already “curly” – fine')).toBe('Already “curly” – fine');
  });
});
