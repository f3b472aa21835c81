/**
 * Front matter for educators, shared by essays and posters: the controlled-vocabulary tags beyond
 * professions and topics, learning interactions and teaching notes. Values are checked here for shape
 * only; whether a term exists in its vocabulary (src/data/taxonomy) is checked by the content check
 * `term/unknown`, which names the nearest valid terms.
 */
import { z } from 'astro/zod';
import { termId, termList, text } from './common.ts';

/** An IPEC sub-competency code as the framework writes it, e.g. RR4. */
const subcompetencyCode = z
  .string({ error: 'expected an IPEC sub-competency code such as RR4' })
  .regex(/^[A-Z]{1,2}\d{1,2}$/, {
    error: 'write an IPEC sub-competency code in capitals with its number, e.g. RR4 or TT10',
  });

/** Tags from the controlled vocabularies, all optional. */
export const vocabularyFields = {
  /** IPEC 2023 competencies the piece shows being learned or practised, e.g. roles-responsibilities. */
  competencies: termList('IPEC competency').optional(),
  /** IPEC 2023 sub-competency codes, e.g. RR4; each one's competency must be listed in `competencies`. */
  subcompetencies: z
    .array(subcompetencyCode, { error: 'expected a list of IPEC sub-competency codes' })
    .min(1, { error: 'list at least one sub-competency, or leave the field out' })
    .refine((list) => new Set(list).size === list.length, { error: 'a sub-competency is listed twice' })
    .optional(),
  /** CIHC 2024 domains the piece speaks to, e.g. role-clarification-negotiation. */
  domains: termList('CIHC domain').optional(),
  /** Where the learning happened, e.g. primary-care. */
  settings: termList('setting').optional(),
  /** Learner levels the piece describes, e.g. pre-registration. */
  levels: termList('learner level').optional(),
};

/** One learning interaction: who learned what from whom (both are profession ids). */
export const learningSchema = z.strictObject({
  /** The profession that learned, e.g. medical-student. */
  learner: termId('the learner profession'),
  /** The profession they learned from, e.g. healthcare-assistant. */
  from: termId('the profession learned from'),
  /** What was learned, in a short phrase. */
  what: text('what was learned'),
});

/** Notes for using the piece in teaching, shown in its "For educators" section. */
export const teachingSchema = z.strictObject({
  /** What a learner should be able to do after working with the piece. */
  objectives: z.array(text('a learning objective')).min(1, { error: 'list at least one learning objective' }),
  /** Questions to open a discussion. */
  questions: z.array(text('a discussion question')).min(1, { error: 'list at least one discussion question' }),
  /** A suggested activity for a session, in a short paragraph. */
  activity: text('a suggested activity').optional(),
});

/** Fields for essays only: the reflective model and the learning interactions. */
export const essayEducatorFields = {
  /** The reflective model the writer used, if any, e.g. gibbs. */
  reflectiveModel: termId('reflective model').optional(),
  /** Who learned what from whom, professions from the vocabulary. */
  learning: z
    .array(learningSchema, { error: 'expected a list of { learner, from, what }' })
    .min(1, { error: 'list at least one learning interaction, or leave the field out' })
    .optional(),
  /** Teaching notes. */
  teaching: teachingSchema.optional(),
};

/** Fields for posters only. */
export const posterEducatorFields = {
  /** Teaching notes. */
  teaching: teachingSchema.optional(),
};
