/** Site-wide settings, in one place. */
import type { CitationStyleId } from './lib/citations/styles.ts';

export const SITE = {
  title: 'Interprofessional Learning Library',
  shortTitle: 'IPL Library',
  description:
    'An open library of reflective essays and project posters on how healthcare professions learn from each other.',
  lang: 'en-GB',
  /**
   * Where the source lives, for "edit this page" links and the writing page's "Open a pull request"
   * (https://github.com/<owner>/<repo>). IPL_REPOSITORY overrides it, for a fork that publishes itself.
   */
  repository: process.env.IPL_REPOSITORY || 'https://github.com/ipl-library/ipl-library',
  /** The branch contributions are proposed to (/contribute/write/). IPL_BRANCH overrides it. */
  branch: process.env.IPL_BRANCH || 'main',
  /** The citation style bibliographies and "cite this" panels show first: ama, apa, vancouver or harvard. */
  citationStyle: 'ama' as CitationStyleId,
  /**
   * How many items a page of a long list shows (essays, posters, references, a term's pieces).
   * IPL_PAGE_SIZE overrides it: the test build uses 1, so the seed content exercises pagination.
   */
  pageSize: Number(process.env.IPL_PAGE_SIZE) || 30,
} as const;
