/** What a piece's margin notes say (src/lib/markdown/margin-notes.ts): its bibliography's entries and the glossary's. */
import type { CitationNoteForm, MarginNoteSources } from '../markdown/margin-notes.ts';
import { glossaryHref } from '../content/load-glossary.ts';
import { getGlossary } from './glossary.ts';
import type { BibliographyList } from './pieces.ts';
import { perBuild } from './build-cache.ts';

/** Every glossary entry's note, by the address of its entry (once per build; anew in dev, so edits show). */
const glossaryNotes = perBuild((): Promise<MarginNoteSources['glossary']> =>
  getGlossary().then(
    (entries) =>
      new Map(
        entries.map((e) => [glossaryHref(e.id), { term: e.term, expansion: e.expansion, definition: e.definition }]),
      ),
  ),
);

/** The notes a piece's paragraphs can show: every work its bibliography lists, in every style, and every glossary entry. */
export async function getMarginNoteSources(bibliography: readonly BibliographyList[]): Promise<MarginNoteSources> {
  const formsByKey = new Map<string, CitationNoteForm[]>();
  const anchors = new Map<string, string>();
  for (const list of bibliography) {
    for (const entry of list.entries) {
      anchors.set(entry.anchor, entry.key);
      const forms = formsByKey.get(entry.key) ?? [];
      for (const s of entry.styles)
        forms.push({
          style: s.style,
          isDefault: s.isDefault,
          html: s.html,
          ...(list.system === 'numeric' ? { number: entry.number } : {}),
        });
      formsByKey.set(entry.key, forms);
    }
  }
  const citations = new Map([...anchors].map(([anchor, key]) => [anchor, { key, forms: formsByKey.get(key) ?? [] }]));
  return { citations, glossary: await glossaryNotes() };
}
