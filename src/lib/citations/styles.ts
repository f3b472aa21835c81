/**
 * The citation styles readers can choose between. AMA 11 is the site default (set in src/site.ts);
 * APA 7, Vancouver (NLM) and Harvard are built into citation-js, AMA 11 is the CSL file stored in
 * src/lib/citations/csl/ (see docs/citations.md for where it came from).
 */
export const CITATION_STYLES = {
  ama: { label: 'AMA', name: 'AMA 11th edition', csl: 'american-medical-association' },
  apa: { label: 'APA', name: 'APA 7th edition', csl: 'apa' },
  vancouver: { label: 'Vancouver', name: 'Vancouver (NLM)', csl: 'vancouver' },
  harvard: { label: 'Harvard', name: 'Harvard', csl: 'harvard1' },
} as const;

export type CitationStyleId = keyof typeof CITATION_STYLES;

export const CITATION_STYLE_IDS = Object.keys(CITATION_STYLES) as CitationStyleId[];

