/** Terms as pages show them: labelled links to their browse pages, grouped by vocabulary. */
import { type TaggedFrontmatter, termIdsOf } from '../taxonomy/piece-terms.ts';
import { browsableVocabularies, getVocabulary, requireTerm, type VocabularyId } from '../taxonomy/vocabularies.ts';
import { browseTermHref, vocabularyHref as vocabularyPageHref } from './hrefs.ts';

export interface TermLink {
  id: string;
  label: string;
  href: string;
}

/** The tags of one vocabulary on a piece. */
export interface TermGroup {
  vocabulary: VocabularyId;
  /** Heading, with the framework version when the vocabulary records one ("IPEC 2023 competencies"). */
  title: string;
  terms: TermLink[];
}

/** A term's browse page; a sub-competency is shown on its competency's page. */
export function termHref(vocabulary: VocabularyId, id: string): string {
  if (vocabulary === 'subcompetencies')
    return termHref('competencies', requireTerm('subcompetencies', id).parent ?? '');
  return browseTermHref(vocabulary, id);
}

export const vocabularyHref = (vocabulary: VocabularyId) => vocabularyPageHref(vocabulary);

export function termLink(vocabulary: VocabularyId, id: string): TermLink {
  return { id, label: requireTerm(vocabulary, id).label, href: termHref(vocabulary, id) };
}

export function termLinks(vocabulary: VocabularyId, ids: readonly string[]): TermLink[] {
  return ids.map((id) => termLink(vocabulary, id));
}

/** Every vocabulary a piece has tags in, in browse order, sub-competencies after competencies. */
export function termGroups(data: TaggedFrontmatter): TermGroup[] {
  const order: VocabularyId[] = [...browsableVocabularies().map((v) => v.id)];
  order.splice(order.indexOf('competencies') + 1, 0, 'subcompetencies');
  return order
    .map((id) => {
      const vocabulary = getVocabulary(id);
      const title = vocabulary.framework ? `${vocabulary.title} (${vocabulary.framework.short})` : vocabulary.title;
      return { vocabulary: id, title, terms: termLinks(id, termIdsOf(data, id)) };
    })
    .filter((group) => group.terms.length > 0);
}
