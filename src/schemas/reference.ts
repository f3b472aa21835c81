/**
 * A cited work (`content/references/<id>.yaml`), in CSL-JSON field names so it can be handed to
 * citation processors unchanged. The file name is the citation key.
 */
import { z } from 'astro/zod';
import { CITATION_KEY } from '../lib/citations/citation-key.ts';
import { doiProblem, isValidIssn, normaliseDoi } from '../lib/identifiers.ts';
import { text, webUrl } from './common.ts';

/** CSL item types the library accepts. */
export const REFERENCE_TYPES = [
  'article-journal',
  'book',
  'chapter',
  'report',
  'webpage',
  'thesis',
  'paper-conference',
] as const;

/** A person as CSL names them: family and given names, or one literal name for an organisation. */
export const cslNameSchema = z.union(
  [
    z.strictObject({
      /** Family name, e.g. "Garnweidner-Holme". */
      family: text('the family name'),
      /** Given names in full or as dotted initials ("J. O."), never run together ("JO"). */
      given: text('the given names').refine((given) => !/^[A-Z]{2,}$/.test(given), {
        error: 'given names run together as initials lose letters in citations: write "J. O." not "JO"',
      }),
    }),
    z.strictObject({
      /** A group author, e.g. "World Health Organization". */
      literal: text('the organisation name'),
    }),
  ],
  { error: 'each author needs family and given names, or a literal name for an organisation' },
);

/** A CSL date: `date-parts: [[year, month?, day?]]`, checked for a real calendar date. */
export const cslDateSchema = z
  .strictObject({
    'date-parts': z.tuple([z.tuple([z.number().int()], z.number().int())]),
  })
  .superRefine((value, ctx) => {
    const [year, month, day] = value['date-parts'][0];
    if (year < 1800) ctx.addIssue({ code: 'custom', message: `year ${year} is before 1800; check the year` });
    if (year > new Date().getFullYear() + 1)
      ctx.addIssue({ code: 'custom', message: `year ${year} is in the future; check the year` });
    if (month !== undefined && (month < 1 || month > 12))
      ctx.addIssue({ code: 'custom', message: `month ${month} is not 1-12` });
    if (month !== undefined && day !== undefined) {
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth)
        ctx.addIssue({ code: 'custom', message: `day ${day} does not exist in month ${month}` });
    }
  });

const pageRange = z.string({ error: 'page must be text such as "227-234"' }).superRefine((value, ctx) => {
  const match = /^([A-Za-z]?)(\d+)(?:-([A-Za-z]?)(\d+))?$/.exec(value);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `page "${value}" must be a page or range such as 227-234 (ASCII hyphen)` });
  } else if (match[4] !== undefined && Number(match[4]) < Number(match[2])) {
    ctx.addIssue({ code: 'custom', message: `page range "${value}" ends before it starts` });
  }
});

export const referenceSchema = z
  .strictObject({
    /** CSL item type, e.g. article-journal. */
    type: z.enum(REFERENCE_TYPES, { error: `type must be one of ${REFERENCE_TYPES.join(', ')}` }),
    /**
     * Title of the work, in sentence case: capitals only for the first word, the first word after a
     * colon, proper nouns and acronyms (styles that want Title Case make it; none can undo it).
     */
    title: text('the title'),
    /** Authors in order. */
    author: z.array(cslNameSchema).min(1, { error: 'list at least one author' }),
    /** Journal, book or site the work appeared in. */
    'container-title': text('the journal or container title').optional(),
    /**
     * NLM abbreviation of the journal, e.g. "J Multidiscip Healthc". AMA and Vancouver print it; a
     * journal article without one gets a warning (reference/journal-abbreviation), not an error.
     */
    'container-title-short': text('the abbreviated journal title').optional(),
    /** Publication date. */
    issued: cslDateSchema,
    /** Volume number. */
    volume: z.union([z.string(), z.number()]).transform(String).optional(),
    /** Issue number. */
    issue: z.union([z.string(), z.number()]).transform(String).optional(),
    /** Page or page range with an ASCII hyphen. */
    page: pageRange.optional(),
    /** The DOI, stored bare (a https://doi.org/ or doi: prefix is removed). */
    DOI: z
      .string({ error: 'DOI must be text' })
      .transform(normaliseDoi)
      .superRefine((doi, ctx) => {
        const problem = doiProblem(doi);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    /** A https address, only for works without a DOI. */
    URL: webUrl('URL', { httpsOnly: true }).optional(),
    /** ISSN of the journal with a valid check digit, e.g. 1178-2390. */
    ISSN: z
      .string({ error: 'ISSN must be text such as 1178-2390' })
      .refine(isValidIssn, { error: 'ISSN is not valid (expected NNNN-NNNC with a correct check digit)' })
      .optional(),
    /** Publisher, for books and reports. */
    publisher: text('the publisher').optional(),
  })
  .superRefine((ref, ctx) => {
    if (ref.type === 'article-journal' && !ref['container-title'])
      ctx.addIssue({
        code: 'custom',
        path: ['container-title'],
        message: 'a journal article needs container-title (the journal name)',
      });
    if (ref.DOI && ref.URL)
      ctx.addIssue({ code: 'custom', path: ['URL'], message: 'give a URL only when the work has no DOI; remove URL' });
  });

export type ReferenceData = z.infer<typeof referenceSchema>;

/** Citation keys (reference file names) are lower-case letters, digits and underscores. */
export const REFERENCE_ID_PATTERN = new RegExp(`^${CITATION_KEY}$`);
