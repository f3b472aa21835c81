/** Site-wide settings, in one place. */
import type { CitationStyleId } from './lib/citations/styles.ts';

export const SITE = {
  title: 'Interprofessional Learning Library',
  shortTitle: 'IPL Library',
  description:
    'An open library of reflective essays and project posters on how healthcare professions learn from each other.',
  lang: 'en-GB',
  /** Where the source lives, for "edit this page" links. */
  repository: 'https://github.com/ipl-library/ipl-library',
  /** The citation style bibliographies and "cite this" panels show first: ama, apa, vancouver or harvard. */
  citationStyle: 'ama' as CitationStyleId,
  /**
   * How many items a page of a long list shows (essays, posters, references, a term's pieces).
   * IPL_PAGE_SIZE overrides it: the test build uses 1, so the seed content exercises pagination.
   */
  pageSize: Number(process.env.IPL_PAGE_SIZE) || 30,
} as const;
