/** Margin notes put into a piece's rendered body: one set per paragraph, in order of first use, escaped, out of the tab order. */
import { describe, expect, it } from 'vitest';
import { addMarginNotes, type MarginNoteSources } from '../../src/lib/markdown/margin-notes.ts';

const sources: MarginNoteSources = {
  citations: new Map([
    [
      'ref-smith_2020',
      {
        key: 'smith_2020',
        forms: [
          {
            style: 'ama',
            isDefault: true,
            number: 1,
            html: 'Smith A. <i>A Book</i>. doi:<a href="https://doi.org/10.1/x">10.1/x</a>',
          },
          { style: 'apa', isDefault: false, html: 'Smith, A. (2020). <i>A book</i>.' },
        ],
      },
    ],
    [
      'ref-smith_2020--author-date',
      {
        key: 'smith_2020',
        forms: [
          {
            style: 'ama',
            isDefault: true,
            number: 1,
            html: 'Smith A. <i>A Book</i>. doi:<a href="https://doi.org/10.1/x">10.1/x</a>',
          },
          { style: 'apa', isDefault: false, html: 'Smith, A. (2020). <i>A book</i>.' },
        ],
      },
    ],
    [
      'ref-jones_2021',
      { key: 'jones_2021', forms: [{ style: 'ama', isDefault: true, number: 2, html: 'Jones B. Paper.' }] },
    ],
  ]),
  glossary: new Map([
    [
      '/glossary/#hca',
      {
        term: 'HCA',
        expansion: 'healthcare assistant',
        definition: 'A support worker <who> gives "hands-on" care & more.',
      },
    ],
  ]),
};

const cite = (key: string) =>
  `<span class="cite" id="cite-1"><span class="citation" data-cite-style="ama"><sup><a href="#ref-${key}">1</a></sup></span><span class="citation" data-cite-style="apa">(<a href="#ref-${key}--author-date">Smith, 2020</a>)</span></span>`;

describe('addMarginNotes', () => {
  it("notes each work and glossary term a paragraph uses, once each, in order of first use, at the paragraph's start", () => {
    const html = `<p id="p-aaa">The <a href="/glossary/#hca" class="glossary-term"><abbr title="healthcare assistant">HCA</abbr></a> said so${cite('jones_2021')}, twice${cite('smith_2020')}${cite('jones_2021')}. <a href="#p-aaa" class="anchor-link">¶</a></p>`;
    const out = addMarginNotes(html, sources);
    expect(out.startsWith('<p id="p-aaa"><span class="margin-notes" aria-hidden="true" data-pagefind-ignore="">')).toBe(
      true,
    );
    const notes = out.slice(0, out.indexOf('The '));
    expect([...notes.matchAll(/class="margin-note (margin-note-[a-z]+)"/g)].map((m) => m[1])).toEqual([
      'margin-note-term',
      'margin-note-citation',
      'margin-note-citation',
    ]);
    expect(notes.indexOf('Jones B.')).toBeLessThan(notes.indexOf('Smith A.'));
    expect(out.slice(out.indexOf('The '))).toBe(html.slice('<p id="p-aaa">'.length));
  });

  it("keeps each style's form for the CSS style switch, numbered for numeric styles, with links out of the tab order", () => {
    const out = addMarginNotes(`<p id="p-b">A${cite('smith_2020')}.</p>`, sources);
    expect(out).toContain(
      '<span class="csl" data-cite-style="ama" data-default=""><span class="margin-note-number">1.</span> Smith A. <i>A Book</i>. doi:<a tabindex="-1" href="https://doi.org/10.1/x">10.1/x</a></span>',
    );
    expect(out).toContain('<span class="csl" data-cite-style="apa">Smith, A. (2020). <i>A book</i>.</span>');
    expect(out).toContain('data-confidentiality="reference"');
  });

  it('finds a glossary link under a base path, as a project site writes it', () => {
    const under = { ...sources, glossary: new Map([['/ipl/glossary/#hca', sources.glossary.get('/glossary/#hca')!]]) };
    const out = addMarginNotes('<p id="p-b">An <a href="/ipl/glossary/#hca" class="glossary-term">HCA</a>.</p>', under);
    expect(out).toContain('class="margin-note margin-note-term"');
  });

  it("escapes a glossary entry's text", () => {
    const out = addMarginNotes('<p id="p-c">An <a href="/glossary/#hca" class="glossary-term">HCA</a>.</p>', sources);
    expect(out).toContain(
      '<b>HCA</b> (healthcare assistant): A support worker &#x3C;who> gives "hands-on" care &#x26; more.',
    );
  });

  it('leaves paragraphs with nothing to note, and anything that is not an anchored paragraph, as they are', () => {
    const html =
      '<p id="p-d">Plain text. <a href="#p-d" class="anchor-link">¶</a></p><ul><li>Item <a href="/glossary/#hca">HCA</a></li></ul><p>No id <a href="/glossary/#hca">HCA</a></p><p id="p-e">Unknown <a href="#ref-nobody">1</a> and <a href="/glossary/#none">X</a></p>';
    expect(addMarginNotes(html, sources)).toBe(html);
  });
});
