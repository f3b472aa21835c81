/**
 * The writing page's preview tree (src/lib/write/preview.ts): Markdown as the site's HTML, MDX cut
 * down to what is safe to show, and nothing that could run, load or restyle anything.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { previewTree, safeHref } from '../../src/lib/write/preview.ts';

const html = (body: string) => toHtml(previewTree(body));

describe('previewTree', () => {
  it('shows Markdown as the site writes it: headings, emphasis, links, lists, quotes, code', () => {
    expect(html('## Heading\n\nSome *emphasis*, **strong** and a [link](https://example.org).')).toBe(
      '<h2>Heading</h2>\n<p>Some <em>emphasis</em>, <strong>strong</strong> and a <a href="https://example.org">link</a>.</p>',
    );
    expect(html('- one\n- two\n\n3. three\n\n> quoted\n\n```js\nx\n```')).toBe(
      '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol start="3">\n<li>three</li>\n</ol>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<pre><code class="language-js">x\n</code></pre>',
    );
  });

  it('shows a citation as written, and an image as its description without loading it', () => {
    expect(html('As argued [@busari_2017].')).toBe('<p>As argued [@busari_2017].</p>');
    expect(html('![A ward round](https://example.org/a.png)')).toBe('<p><span>[Image: A ward round]</span></p>');
  });

  it("keeps a link's address only when it is relative, a fragment, http(s) or mailto", () => {
    expect(html('[a](/essays/x/) [b](#top) [c](mailto:editor@example.org)')).toBe(
      '<p><a href="/essays/x/">a</a> <a href="#top">b</a> <a href="mailto:editor@example.org">c</a></p>',
    );
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org/',
    ]) {
      expect(html(`[x](${href})`), href).toBe('<p><a>x</a></p>');
    }
    expect(safeHref('\u0001javascript:alert(1)')).toBe(false);
    expect(safeHref('https://example.org')).toBe(true);
  });

  it('drops expressions and import/export, and shows an element that is not allowed as its text only', () => {
    expect(html('Before {alert(1)} after')).toBe('<p>Before  after</p>');
    expect(html('import x from "y"\n\nText.')).toBe('<p>Text.</p>');
    expect(html('<img src="x" onError="alert(1)" />')).toBe('');
    expect(html('<script>{"alert(1)"}</script>')).toBe('');
    expect(html('<div style="color:red" onClick="alert(1)">kept *text*</div>')).toBe('<p>kept <em>text</em></p>');
    expect(html('<a href="javascript:alert(1)">text</a>')).toBe('<p>text</p>');
  });

  it('shows the allowed inline elements with their title and lang only, and <Aside> as a note panel', () => {
    expect(
      html('<abbr title="Interprofessional education" onMouseOver="alert(1)" id="x">IPE</abbr> H<sub>2</sub>O'),
    ).toBe('<p><abbr title="Interprofessional education">IPE</abbr> H<sub>2</sub>O</p>');
    expect(html('<Aside title="Next time">\n\nI would *ask* first.\n\n</Aside>')).toBe(
      '<div role="note" class="panel"><p class="preview-note-title">Next time</p><p>I would <em>ask</em> first.</p></div>',
    );
  });

  it('gives footnotes ids of its own and turns task boxes into text', () => {
    const out = html('A claim.[^1]\n\n[^1]: Its note.\n\n- [x] done');
    expect(out).toContain('<a href="#preview-fn-1" id="preview-fnref-1">1</a>');
    expect(out).not.toMatch(/id="(?!preview-)/);
    expect(out).toContain('☑ done');
    expect(out).not.toContain('<input');
  });

  it('throws on a body the MDX parser cannot read (the checks report it)', () => {
    expect(() => previewTree('<img src=x onerror=alert(1)>')).toThrow();
  });
});
