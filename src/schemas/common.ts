/**
 * Small schema factories shared by the collection schemas. Every message says what was expected,
 * because the content checker prints it to a contributor with the file and line.
 */
import { z } from 'astro/zod';
import { CONFIDENTIALITY_RULES, UNEXCEPTABLE_RULES } from '../lib/confidentiality/rules.ts';
import { isValidOrcid, normaliseOrcid } from '../lib/identifiers.ts';

/** Required text: a non-empty string once surrounding spaces are trimmed. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/**
 * Lower-case words joined by hyphens, such as `healthcare-assistant`: the shape of every term id, and
 * of every piece, reading list and glossary file name (a file name is the page's address).
 */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A lower-case, hyphenated id such as `healthcare-assistant`. */
export const termId = (what: string) =>
  z.string({ error: `expected ${what} as a lower-case id` }).regex(KEBAB_ID, {
    error: `${what} must be lower-case words joined by hyphens, e.g. "healthcare-assistant"`,
  });

/** A list of ids with at least one entry and no repeats. */
export const termList = (what: string) =>
  z
    .array(termId(what), { error: `expected a list of ${what} ids` })
    .min(1, { error: `list at least one ${what}` })
    .refine((list) => new Set(list).size === list.length, { error: `a ${what} is listed twice` });

/**
 * A calendar date written YYYY-MM-DD. YAML parsers turn such a value into a Date already;
 * a quoted string is accepted too. Impossible dates (2024-02-30) are refused.
 */
export const isoDate = (what: string) =>
  z
    .union([z.date(), z.string()], { error: `expected ${what} as a date written YYYY-MM-DD` })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: `${what} is not a real date` });
        return value;
      }
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = new Date(`${value}T00:00:00Z`);
      if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} "${value}" is not a real date written YYYY-MM-DD, e.g. 2026-03-01`,
        });
        return z.NEVER;
      }
      return date;
    });

/** An ORCID iD, bare or as an https://orcid.org/ link; stored bare, check digit verified. */
export const orcid = z
  .string({ error: 'expected an ORCID iD as text, e.g. 0000-0002-1825-0097' })
  .transform(normaliseOrcid)
  .refine(isValidOrcid, {
    error:
      'is not a valid ORCID iD (expected 0000-0000-0000-000X with a correct check digit; copy it from your ORCID record)',
  });

/**
 * A web address. `httpsOnly` refuses plain http. The stored value is the parsed URL's serialisation,
 * which percent-encodes quotes, angle brackets and spaces: citation processors write URLs into href
 * attributes without escaping them, so the raw text must never reach a page.
 */
export const webUrl = (what: string, { httpsOnly }: { httpsOnly: boolean }) =>
  z
    .string({ error: `expected ${what} as a web address` })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:');
        } catch {
          return false;
        }
      },
      { error: `${what} must be a full ${httpsOnly ? 'https://' : 'http(s)://'} address` },
    )
    .transform((value) => new URL(value).href);

/** Licences a piece may be published under; CC BY 4.0 is the library's default. */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0'] as const;
export const licence = z
  .enum(LICENCES, { error: `licence must be one of ${LICENCES.join(', ')}` })
  .default('CC-BY-4.0');

/** A plain-language summary: one or two sentences a student can read at a glance. */
export const summary = text('a summary')
  .check(z.maxLength(320, { error: 'summary is too long: keep it to one or two sentences (at most 320 characters)' }))
  .refine((value) => (value.match(/[.!?](\s|$)/g) ?? []).length <= 2, {
    error: 'summary has more than two sentences: keep it to one or two',
  });

/** Consent statuses. Only `obtained` and `not-needed` let a piece be published. */
export const CONSENT_STATUSES = ['obtained', 'not-needed', 'pending', 'refused'] as const;

/** A confidentiality finding a reviewer has agreed identifies no one. */
export const reviewedExceptionSchema = z.strictObject({
  /**
   * The rule that flagged it, e.g. confidentiality/date. Health numbers, hospital numbers, e-mail
   * addresses and telephone numbers can never be excepted.
   */
  rule: z
    .enum(CONFIDENTIALITY_RULES, { error: `rule must be one of ${CONFIDENTIALITY_RULES.join(', ')}` })
    .refine((rule) => !(UNEXCEPTABLE_RULES as readonly string[]).includes(rule), {
      error: `a health number, hospital number, e-mail address, telephone number or social media handle cannot be excepted (${UNEXCEPTABLE_RULES.join(', ')}): remove it from the piece`,
    }),
  /** The flagged text exactly as the check quoted it, e.g. "5 July 1948". */
  text: text('the flagged text, exactly as the check quoted it'),
  /** Why it identifies no one; the reviewer reads this. */
  reason: text('the reason it identifies no one').check(
    z.minLength(15, {
      error: 'reason is too short: say why this identifies no one (e.g. "the date the NHS was founded")',
    }),
  ),
});

/**
 * The declarations every essay and poster makes before it can be published (spread into both
 * schemas): that it is anonymised, whose consent it has, and any reviewed confidentiality exceptions.
 */
export const safetyDeclarations = {
  /** The author declares that no patient or colleague can be identified. Must be true. */
  anonymised: z.boolean({ error: 'anonymised must be true or false' }).refine((value) => value, {
    error:
      'must be true, and only once no one could recognise the people involved: remove or generalise names, ages, dates and places first',
  }),
  /** Consent status, with a note a reviewer can check. */
  consent: z.strictObject(
    {
      /** obtained (the people who could recognise themselves agreed) or not-needed (no one can). */
      status: z
        .enum(CONSENT_STATUSES, { error: `consent.status must be one of ${CONSENT_STATUSES.join(', ')}` })
        .refine((status) => status === 'obtained' || status === 'not-needed', {
          error:
            'consent is not in place: a piece can only be published when consent is obtained or not needed (no one could recognise themselves)',
        }),
      /** Whose consent was obtained and how it is recorded, or why none is needed. Never a name. */
      note: text('the consent note (whose consent, or why none is needed)'),
    },
    { error: 'consent must have a status (obtained or not-needed) and a note' },
  ),
  /** Confidentiality findings a reviewer accepted as identifying no one, each with its reason. */
  'reviewed-exceptions': z
    .array(reviewedExceptionSchema, { error: 'reviewed-exceptions must be a list of { rule, text, reason }' })
    .default([]),
};

/**
 * A date as precisely as it is known: a year (2009), a month (2009-05) or a day (2009-05-12). Stored
 * as CSL date parts ([2009, 5]), the form citation tools take.
 */
export const partialDate = (what: string) =>
  z
    .union([z.number(), z.string(), z.date()], {
      error: `expected ${what} as a year (2009), a month (2009-05) or a day (2009-05-12)`,
    })
    .transform((value, ctx): number[] => {
      const written = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
      const parts = match ? [match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number) : [];
      const [year = 0, month, day] = parts;
      const thisYear = new Date().getUTCFullYear();
      const realDay =
        day === undefined || (month !== undefined && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
      if (!match || year < 1900 || year > thisYear || (month !== undefined && (month < 1 || month > 12)) || !realDay) {
        ctx.addIssue({
          code: 'custom',
          message: `"${written}" is not a year (from 1900, not in the future), a month (2009-05) or a real day (2009-05-12); leave it out rather than guess`,
        });
        return z.NEVER;
      }
      return parts;
    });

/**
 * Where and when a piece appeared before the library published it: the meeting a poster was
 * presented at, or the journal, newsletter or website that first published an essay. Citations then
 * carry this date (or none, when it is not known: "n.d."), and the library's own date is the day it
 * was added. Every part is optional; `first-published: {}` says only that it appeared elsewhere first.
 */
export const firstPublished = z.strictObject(
  {
    /** When, as precisely as known: 2009, 2009-05 or 2009-05-12. Leave it out rather than guess. */
    date: partialDate('first-published.date').optional(),
    /** The conference or meeting (poster), or the journal, newsletter or website (essay). */
    venue: text('first-published.venue').optional(),
    /** Where a meeting was held, e.g. "Calgary, Alberta". */
    place: text('first-published.place').optional(),
    /** The first publication's address, if it is still online. */
    url: webUrl('first-published.url', { httpsOnly: false }).optional(),
  },
  { error: 'first-published must be a map with any of date, venue, place and url (or {} when none is known)' },
);

export type FirstPublished = z.infer<typeof firstPublished>;

/** Whether a first-published date (as precise as known) falls after the day a piece was added. */
export const firstPublishedAfter = (parts: readonly number[] | undefined, added: Date) => {
  if (!parts?.length) return false;
  const [year = 0, month = 1, day = 1] = parts;
  return Date.UTC(year, month - 1, day) > added.getTime();
};

export const FIRST_PUBLISHED_AFTER =
  'it is after published (the day the piece was added to the library): check both dates';
