/**
 * What the writing page (/contribute/write/) is given by the build: the library's references (for the
 * citation picker and the citation-key and cited-author checks), the vocabularies' terms with their
 * definitions (for the pickers), and where contributions are proposed. Read here, at build time, so
 * the page's script never reads a disk or asks a server.
 */
import { loadReferences } from '../content/load-references.ts';
import { normaliseDoi } from '../identifiers.ts';
import { getVocabulary } from '../taxonomy/vocabularies.ts';
import { SITE } from '../../site.ts';
import { CAREER_STAGES } from '../../schemas/essay.ts';
import { REFLECTIVE_MODELS } from '../scaffold/templates.ts';
import { TERM_FIELDS, type TermField } from './draft.ts';
import type { PageReference } from './page.ts';
import { parseRepository } from './propose.ts';

export function pageReferences(): PageReference[] {
  return [...loadReferences().entries()]
    .map(([key, ref]) => {
      const names = ref.author
        .map((a) => ('literal' in a && a.literal ? a.literal : `${'family' in a ? a.family : ''}`))
        .filter(Boolean);
      const authors = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
      const author = ref.author.map((a) =>
        'literal' in a && a.literal ? { literal: a.literal } : { family: 'family' in a ? a.family : '' },
      );
      const year = String(ref.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.');
      const journal = { journal: ref['container-title'], journalShort: ref['container-title-short'], issn: ref.ISSN };
      return {
        key,
        title: ref.title,
        authors,
        author,
        year,
        ...(ref.DOI ? { doi: normaliseDoi(ref.DOI) } : {}),
        ...JSON.parse(JSON.stringify(journal)),
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The repository and branch "Open a pull request" proposes to; a wrong setting stops the build here. */
export function proposalTarget(): { repository: string; branch: string } {
  parseRepository(SITE.repository);
  return { repository: SITE.repository, branch: SITE.branch };
}

/** Each tag field's vocabulary, with every term's id, label and definition, for the pickers. */
export function termPickers(): Array<{
  field: TermField;
  title: string;
  hint: string;
  terms: Array<{ id: string; label: string; definition: string }>;
}> {
  return TERM_FIELDS.map((field) => {
    const vocabulary = getVocabulary(field);
    const required = field === 'professions' || field === 'topics';
    return {
      field,
      title: vocabulary.framework ? `${vocabulary.title} (${vocabulary.framework.short})` : vocabulary.title,
      hint: `${vocabulary.description}${required ? ' At least one.' : ' Optional.'}`,
      terms: vocabulary.terms.map(({ id, label, definition }) => ({ id, label, definition })),
    };
  });
}

export const MODEL_CHOICES = Object.entries(REFLECTIVE_MODELS).map(([id, model]) => ({ id, name: model.name }));
export { CAREER_STAGES };
