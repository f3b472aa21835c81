/**
 * Margin notes, the Tufte and Distill way (issue 17): on a wide screen a paragraph's citations and
 * glossary terms are explained beside it, in the empty right-hand margin, while the numbered
 * bibliography still closes the piece. Each paragraph of the body that cites a work or marks a
 * glossary term gets, as its first child, one `<span class="margin-notes">` holding a note per work
 * and term in the order the paragraph first uses them. global.css floats it into the margin at
 * 1200 px and up and hides it below that and in print, with CSS alone: no script places a note, so
 * nothing moves once the page is drawn.
 *
 * The notes repeat what the citation's link (the bibliography entry) and the term's link (the glossary)
 * already give, so they are hidden from assistive technology and search, and their links are out of the
 * tab order: a screen reader or keyboard user meets each thing once, where it is in the text.
 *
 * The body is the HTML the piece's MDX rendered to: paragraphs the anchors plugin gave ids (`p-…`),
 * citations whose links go to bibliography anchors (`#ref-…`) and glossary links (`/glossary/#…`).
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** One style's form of a cited work's note. */
export interface CitationNoteForm {
  style: string;
  isDefault: boolean;
  /** The entry's number in a numbered list (numeric styles); none for author-date styles. */
  number?: number;
  /** The style's HTML for the entry (citeproc's, as the bibliography prints it). */
  html: string;
}

export interface MarginNoteSources {
  /** A cited work by each bibliography anchor that links to it (`ref-busari_2017`, `ref-busari_2017--author-date`). */
  citations: ReadonlyMap<string, { key: string; forms: readonly CitationNoteForm[] }>;
  /** A glossary entry by its address (`/glossary/#hca`). */
  glossary: ReadonlyMap<string, { term: string; expansion?: string | undefined; definition: string }>;
}

/** A paragraph the anchors plugin made: `<p id="p-…">`, up to its end (paragraphs do not nest). */
const PARAGRAPH = /<p id="(p-[0-9a-z]+(?:-\d+)?)">([\s\S]*?)<\/p>/g;
/** A link to a bibliography entry or a glossary entry (under any base path: `/ipl/glossary/#…`), in document order. */
const NOTED_LINK = /href="(#ref-[^"]+|[^"#]*\/glossary\/#[^"]+)"/g;

const span = (properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** citeproc's HTML as a note shows it: its links (a DOI) stay for a pointer but leave the tab order. */
const untabbable = (html: string) => html.replace(/<a /g, '<a tabindex="-1" ');

function citationNote(forms: readonly CitationNoteForm[]): Element {
  return span(
    { className: ['margin-note', 'margin-note-citation'], dataConfidentiality: 'reference' },
    forms.map((form) =>
      span({ className: ['csl'], dataCiteStyle: form.style, dataDefault: form.isDefault ? '' : undefined }, [
        ...(form.number === undefined
          ? []
          : [span({ className: ['margin-note-number'] }, [text(`${form.number}.`)]), text(' ')]),
        { type: 'raw', value: untabbable(form.html) } as unknown as ElementContent,
      ]),
    ),
  );
}

function glossaryNote(entry: { term: string; expansion?: string | undefined; definition: string }): Element {
  return span({ className: ['margin-note', 'margin-note-term'] }, [
    { type: 'element', tagName: 'b', properties: {}, children: [text(entry.term)] },
    text(entry.expansion ? ` (${entry.expansion}): ${entry.definition}` : `: ${entry.definition}`),
  ]);
}

/** The body with each paragraph's margin notes put at its start; a paragraph with nothing to note is left as it is. */
export function addMarginNotes(html: string, sources: MarginNoteSources): string {
  return html.replace(PARAGRAPH, (whole, id: string, inner: string) => {
    const seen = new Set<string>();
    const notes: Element[] = [];
    for (const [, target = ''] of inner.matchAll(NOTED_LINK)) {
      if (target.startsWith('#')) {
        const cited = sources.citations.get(target.slice(1));
        if (!cited || seen.has(`cite:${cited.key}`)) continue;
        seen.add(`cite:${cited.key}`);
        notes.push(citationNote(cited.forms));
      } else {
        const entry = sources.glossary.get(target);
        if (!entry || seen.has(target)) continue;
        seen.add(target);
        notes.push(glossaryNote(entry));
      }
    }
    if (notes.length === 0) return whole;
    const aside = span({ className: ['margin-notes'], ariaHidden: 'true', dataPagefindIgnore: '' }, notes);
    return `<p id="${id}">${toHtml(aside, { allowDangerousHtml: true })}${inner}</p>`;
  });
}
