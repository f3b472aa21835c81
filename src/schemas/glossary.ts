/**
 * A glossary entry (`content/glossary/<id>.yaml`): a term or abbreviation students meet in the
 * pieces, defined in the library's own words. The file name is the entry's id and its anchor on
 * /glossary/. An entry with an `expansion` is an abbreviation: its first use in an essay is marked
 * up as <abbr> with the expansion, linking to the entry.
 */
import { z } from 'astro/zod';
import { text, KEBAB_ID } from './common.ts';

export const glossarySchema = z.strictObject({
  /** The term as it is written, e.g. "HCA" or "Community of practice". */
  term: text('the term'),
  /** For an abbreviation: what it stands for, in lower case unless a proper name, e.g. "healthcare assistant". */
  expansion: text('the expansion').optional(),
  /** One to three sentences in the library's own words. */
  definition: text('the definition').check(
    z.maxLength(600, { error: 'definition is too long: keep it to three sentences (at most 600 characters)' }),
  ),
  /** Ids (file names) of related entries. */
  related: z.array(z.string({ error: 'expected glossary entry ids' })).optional(),
});

export type GlossaryData = z.infer<typeof glossarySchema>;

/** Glossary ids (file names) are lower-case words joined by hyphens. */
export const GLOSSARY_ID_PATTERN = KEBAB_ID;
