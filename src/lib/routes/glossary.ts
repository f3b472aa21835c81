/** The glossary page: every entry in alphabetical order, with its related entries as links. */
import { getCollection } from 'astro:content';
import type { GlossaryData } from '../../schemas/glossary.ts';
import { glossaryHref } from '../content/load-glossary.ts';

export interface GlossaryEntryView extends GlossaryData {
  id: string;
  relatedLinks: Array<{ term: string; href: string }>;
}

export async function getGlossary(): Promise<GlossaryEntryView[]> {
  const entries = await getCollection('glossary');
  const terms = new Map(entries.map((e) => [e.id, e.data.term]));
  return entries
    .map((e) => ({
      ...e.data,
      id: e.id,
      relatedLinks: (e.data.related ?? []).flatMap((id) => {
        const term = terms.get(id);
        return term ? [{ term, href: glossaryHref(id) }] : [];
      }),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
