/**
 * Front matter of a project poster (`content/posters/<slug>.mdx`). A poster is structured data laid
 * out as panels; the MDX body, if any, is an optional note shown after the panels.
 */
import { z } from 'astro/zod';
import {
  FIRST_PUBLISHED_AFTER,
  firstPublished,
  firstPublishedAfter,
  isoDate,
  licence,
  safetyDeclarations,
  summary,
  termList,
  text,
  webUrl,
} from './common.ts';
import { posterEducatorFields, vocabularyFields } from './educators.ts';

export const posterQuoteSchema = z.strictObject({
  /** The words quoted, as published. */
  text: text('the quotation'),
  /** The speaker's role only, never a name, e.g. "Nurse preceptor". */
  speaker: text("the speaker's role"),
});

export const posterContactSchema = z.strictObject({
  /** Name of the published contact person. */
  name: text('the contact name'),
  /** Telephone number exactly as published on the poster. */
  phone: z
    .string()
    .regex(/^[+\d][\d\s()-]{5,}$/, { error: 'phone must be digits, spaces, brackets or hyphens' })
    .optional(),
  /** E-mail address as published on the poster. */
  email: z.email({ error: 'email is not an e-mail address' }).optional(),
});

export const posterLinkSchema = z.strictObject({
  /** Link text, e.g. the site's address as printed. */
  label: text('the link text'),
  /** Where it goes (http or https, as published). */
  url: webUrl('url', { httpsOnly: false }),
});

export const posterSchema = z
  .strictObject({
    /** The poster's title, as published. */
    title: text('a title'),
    /** One or two plain-language sentences for listings and search results. */
    summary,
    /** Name of the project the poster reports. */
    project: text('the project name'),
    /** The organisation or partnership that ran it, when the poster names one. */
    organisation: text('the organisation').optional(),
    /** Region (province, state, county) where it ran. */
    region: text('the region'),
    /** Country where it ran. */
    country: text('the country'),
    /**
     * When and where the poster was presented (see firstPublished): the meeting as `venue`, its town
     * as `place`, the date as precisely as known. Citations carry this date, never the library's.
     */
    'first-published': firstPublished.optional(),
    /** How many sites took part. */
    sites: z.number({ error: 'sites must be a whole number' }).int().positive().optional(),
    /** The date the poster was added to the library (YYYY-MM-DD); citations never use it as the poster's date. */
    published: isoDate('published'),
    /** The Objective panel: a lead sentence and the objectives as listed. */
    objective: z.strictObject({
      /** The sentence that introduces the objectives. */
      lead: text('the lead sentence of the objective panel'),
      /** The objectives, in order. */
      items: z.array(text('an objective')).min(1, { error: 'list at least one objective' }),
    }),
    /** The Project Approach panel: the steps, in order. */
    approach: z.array(text('an approach step')).min(1, { error: 'list at least one approach step' }),
    /** The Results panel (paragraphs separated by blank lines). */
    results: text('the results'),
    /** The Conclusion panel. */
    conclusion: text('the conclusion'),
    /** Quotations from participants, attributed by role. */
    quotes: z.array(posterQuoteSchema).default([]),
    /** The Resources panel: links and the contact details the poster published. */
    resources: z
      .strictObject({
        links: z.array(posterLinkSchema).default([]),
        contacts: z.array(posterContactSchema).default([]),
      })
      .default({ links: [], contacts: [] }),
    /** Ids of the professions involved. */
    professions: termList('profession'),
    /** Ids of the topics it is about. */
    topics: termList('topic'),
    /** Anonymisation, consent and reviewed confidentiality exceptions (see safetyDeclarations). */
    ...safetyDeclarations,
    /** Vocabulary tags and teaching notes: see educators.ts. */
    ...vocabularyFields,
    ...posterEducatorFields,
    /** Licence under which the library republishes it. */
    licence,
    /** A draft is checked but not published. */
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
  })
  .refine((poster) => !firstPublishedAfter(poster['first-published']?.date, poster.published), {
    error: FIRST_PUBLISHED_AFTER,
    path: ['first-published', 'date'],
  });

export type PosterData = z.infer<typeof posterSchema>;
