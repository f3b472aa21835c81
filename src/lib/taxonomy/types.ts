/**
 * The shapes of the controlled vocabularies (src/data/taxonomy). A term has a stable id used in front
 * matter, a label readers see, and a short definition in the library's own words.
 */

/** One term of a vocabulary. */
export interface Term {
  /** What front matter writes, e.g. `healthcare-assistant` (IPEC sub-competencies: their code, `RR4`). */
  id: string;
  /** What readers see, e.g. "Healthcare assistant". */
  label: string;
  /** One or two sentences in the library's own words. */
  definition: string;
  /** A framework's own short code, e.g. `RR` for IPEC's Roles and Responsibilities. */
  code?: string;
  /** Other ids or abbreviations writers reach for ("hca", "ot"), used only to suggest the right id. */
  aliases?: readonly string[];
  /** For a sub-term (an IPEC sub-competency): the id of the term it belongs to. */
  parent?: string;
}

/** A published framework a vocabulary records, with its version, so a tag always says which one. */
export interface Framework {
  name: string;
  /** Short name with the version, shown beside every tag, e.g. "IPEC 2023". */
  short: string;
  version: string;
  url: string;
}

/**
 * The ids of the vocabularies; each is also the front-matter field, and for a browsable vocabulary the
 * browse path segment (/browse/professions/). Sub-competencies have no browse pages: a sub-competency
 * links to its competency's (src/lib/routes/terms.ts).
 */
export type VocabularyId =
  'professions' | 'competencies' | 'subcompetencies' | 'domains' | 'settings' | 'levels' | 'models' | 'topics';

export interface Vocabulary {
  id: VocabularyId;
  /** Plural heading, e.g. "Professions". */
  title: string;
  /** Singular noun for messages, e.g. "profession". */
  singular: string;
  /** What the vocabulary is for, shown on its browse page. */
  description: string;
  /** The framework it records, when it comes from one. */
  framework?: Framework;
  /** False for vocabularies without browse pages of their own (sub-competencies show on their competency's page). */
  browsable: boolean;
  terms: readonly Term[];
}
