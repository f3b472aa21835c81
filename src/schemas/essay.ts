/**
 * Front matter of a reflective essay (`content/essays/<slug>.mdx`).
 * The works an essay cites are not listed here: they are the `[@key]` citations in its text.
 */
import { z } from 'astro/zod';
import {
  FIRST_PUBLISHED_AFTER,
  firstPublished,
  firstPublishedAfter,
  isoDate,
  licence,
  orcid,
  safetyDeclarations,
  summary,
  termList,
  text,
} from './common.ts';
import { essayEducatorFields, vocabularyFields } from './educators.ts';

/** Where the author is in their career, so readers can weigh the reflection. */
export const CAREER_STAGES = ['student', 'trainee', 'early-career', 'experienced', 'educator'] as const;

/** The name an author writes to publish without it. */
export const ANONYMOUS = 'Anonymous';

/** Whether the essay's author chose not to be named. */
export const isAnonymous = (author: { name: string }) => author.name === ANONYMOUS;

export const essayAuthorSchema = z.strictObject({
  /** The author's name as it should be printed, or "Anonymous". */
  name: text('the author name (or "Anonymous")'),
  /** The author's profession or role at the time, e.g. "Medical student". */
  role: text('the author role, e.g. "Medical student"'),
  /** Career stage: one of CAREER_STAGES. */
  stage: z.enum(CAREER_STAGES, { error: `stage must be one of ${CAREER_STAGES.join(', ')}` }),
  /** Optional ORCID iD, bare or as an https://orcid.org/ link. */
  orcid: orcid.optional(),
});

export const essaySchema = z
  .strictObject({
    /** The essay's title, in sentence case. */
    title: text('a title'),
    /** One or two plain-language sentences saying what the reader will learn. */
    summary,
    /** Who wrote it. */
    author: essayAuthorSchema,
    /**
     * The date the essay was published in the library (YYYY-MM-DD). For an essay that appeared
     * elsewhere first (`first-published`), this is the day it was added to the library.
     */
    published: isoDate('published'),
    /** When and where the essay was first published, if not in the library (see firstPublished). */
    'first-published': firstPublished.optional(),
    /** The date of the last substantive change (YYYY-MM-DD), on or after `published`. */
    updated: isoDate('updated').optional(),
    /** Ids of the professions whose learning the essay describes, e.g. medical-student. */
    professions: termList('profession'),
    /** Ids of the topics it is about, e.g. venepuncture. */
    topics: termList('topic'),
    /** Anonymisation, consent and reviewed confidentiality exceptions (see safetyDeclarations). */
    ...safetyDeclarations,
    /** Vocabulary tags, learning interactions and teaching notes: see educators.ts. */
    ...vocabularyFields,
    ...essayEducatorFields,
    /** Licence of the text; CC BY 4.0 unless the author chose otherwise. */
    licence,
    /** A draft is checked but not published. */
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
  })
  .refine((essay) => !essay.updated || essay.updated >= essay.published, {
    error: 'updated must be on or after published',
    path: ['updated'],
  })
  .refine((essay) => !firstPublishedAfter(essay['first-published']?.date, essay.published), {
    error: FIRST_PUBLISHED_AFTER,
    path: ['first-published', 'date'],
  });

export type EssayData = z.infer<typeof essaySchema>;
