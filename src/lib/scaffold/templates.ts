/**
 * What `npm run new` writes: a new essay or poster with every required field, a comment on each, and
 * for an essay the headings of a reflective model. Every gap starts with "TODO", anonymised starts
 * false and consent pending, so the new file fails `npm run check` until the writer has filled it in.
 */

export interface ReflectiveModel {
  /** The model's name as cited. */
  name: string;
  /** Its stages, each a heading with a prompt for the writer. */
  stages: ReadonlyArray<{ heading: string; prompt: string }>;
}

export const REFLECTIVE_MODELS = {
  gibbs: {
    name: "Gibbs' reflective cycle",
    stages: [
      {
        heading: 'Description',
        prompt: 'What happened? Set the scene briefly: what you did and what others did, naming people by role only.',
      },
      { heading: 'Feelings', prompt: 'What were you thinking and feeling at the time?' },
      { heading: 'Evaluation', prompt: 'What went well, and what went less well?' },
      { heading: 'Analysis', prompt: 'Why did it go that way? Draw on what you know and have read, and cite it.' },
      {
        heading: 'Conclusion',
        prompt: "What did you learn about the other profession's role, about teamwork and about yourself?",
      },
      {
        heading: 'Action plan',
        prompt:
          'What will you do differently next time, and how will you keep learning with colleagues from other professions?',
      },
    ],
  },
  driscoll: {
    name: "Driscoll's model (What? So what? Now what?)",
    stages: [
      {
        heading: 'What?',
        prompt: 'What happened? Describe the situation and your part in it, naming people by role only.',
      },
      {
        heading: 'So what?',
        prompt:
          "What did it mean? What did you learn about the other profession's role, about teamwork and about yourself? Draw on what you have read, and cite it.",
      },
      {
        heading: 'Now what?',
        prompt: 'What will you do now? How will this change the way you work with other professions?',
      },
    ],
  },
  kolb: {
    name: "Kolb's experiential learning cycle",
    stages: [
      {
        heading: 'Concrete experience',
        prompt: 'What happened? Describe the experience briefly, naming people by role only.',
      },
      {
        heading: 'Reflective observation',
        prompt:
          'Looking back, what did you notice about how you and colleagues from other professions worked together?',
      },
      {
        heading: 'Abstract conceptualisation',
        prompt: 'What does it tell you in general? Connect it to what you have read, and cite it.',
      },
      {
        heading: 'Active experimentation',
        prompt: 'What will you try next time, and how will you know whether it worked?',
      },
    ],
  },
} as const satisfies Record<string, ReflectiveModel>;

export type ModelName = keyof typeof REFLECTIVE_MODELS;

export const isModelName = (value: string): value is ModelName => Object.hasOwn(REFLECTIVE_MODELS, value);

/** A file name from a title: lower-case ASCII words joined by hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}

/** A YAML double-quoted string (JSON's string syntax is valid YAML). */
export const quote = (value: string) => JSON.stringify(value);

/**
 * An essay's body as the scaffold starts it: the model's headings, each with a TODO prompt. `npm run
 * new` and the browser form (/contribute/write/) both start from it.
 */
export function modelSections(model: ModelName): string {
  return REFLECTIVE_MODELS[model].stages.map(({ heading, prompt }) => `## ${heading}\n\nTODO: ${prompt}\n`).join('\n');
}

const safetyBlock = `# Confidentiality: read "Anonymisation and consent" in CONTRIBUTING.md first.
# Set anonymised to true only when no patient, relative or colleague could be recognised: no names,
# exact ages, full dates, places, ward or bed numbers, or rare details that point to one person.
anonymised: false
consent:
  # obtained: everyone who could recognise themselves agreed to publication (keep their written
  #   consent yourself; never name them here). not-needed: no one could recognise themselves.
  status: pending
  # Whose consent you have and how it is recorded, or why none is needed.
  note: "TODO: whose consent you have, or why no one could be identified"
# If the check flags something that identifies no one (a historical date, say), a reviewer can agree
# to an exception; add it here only after that conversation:
# reviewed-exceptions:
#   - rule: confidentiality/date
#     text: "5 July 1948"
#     reason: "The day the NHS was founded; it identifies no one."`;

const optionalEnd = `# licence: CC-BY-4.0     (the default; or CC-BY-SA-4.0, CC-BY-NC-4.0, CC-BY-NC-SA-4.0)
# draft: true            (checked, shown by npm run dev, never published)`;

export function essayTemplate({
  title,
  model,
  today,
  file,
}: {
  title: string;
  model: ModelName;
  today: string;
  file: string;
}): string {
  const { name } = REFLECTIVE_MODELS[model];
  const sections = modelSections(model);
  return `---
# A reflective essay, structured with ${name}. Every field is described in docs/content-model.md.
# Replace each TODO, then run: npm run check -- ${file}
title: ${quote(title)}
# One or two plain-language sentences: what will a reader learn from your reflection?
summary: "TODO: one or two sentences saying what a reader will learn."
author:
  # Your name as it should be printed, or Anonymous (which also protects the people in your story).
  name: Anonymous
  # Your profession or role at the time, e.g. Medical student, Staff nurse, Pharmacist.
  role: "TODO: your role at the time"
  # One of: student, trainee, early-career, experienced, educator.
  stage: student
  # orcid: 0000-0000-0000-0000   (optional: your ORCID iD)
# The date it is published; a maintainer may change it when the pull request is merged.
published: ${today}
# If it was published elsewhere first (a journal, newsletter or website), say when and where; the
# library's date then counts as the day it was added (optional; leave out what you do not know):
# first-published:
#   date: 2024-05                (a year, a month or a day)
#   venue: "Where it first appeared"
# Ids of the professions whose learning you describe: lower-case words joined by hyphens, e.g.
# [medical-student, healthcare-assistant].
professions: []
# Ids of the topics it is about, e.g. [venepuncture, teamwork, communication].
topics: []
# The reflective model your headings follow.
reflectiveModel: ${model}
# Optional tags from the library's vocabularies (docs/vocabularies.md lists every term); keep those that fit:
# competencies: [roles-responsibilities]      (IPEC 2023: values-ethics, roles-responsibilities, communication, teams-teamwork)
# subcompetencies: [RR4]                      (IPEC 2023 codes VE1-VE10, RR1-RR5, C1-C8, TT1-TT10; list their competency too)
# domains: [role-clarification-negotiation]   (CIHC 2024 domains)
# settings: [primary-care]
# levels: [pre-registration]
# Who learned what from whom (profession ids, each also in professions), shown on the learning matrix:
# learning:
#   - learner: medical-student
#     from: healthcare-assistant
#     what: Taking blood, and keeping the patient comfortable
# Notes for educators who teach with this piece (optional):
# teaching:
#   objectives:
#     - What a learner should be able to do afterwards.
#   questions:
#     - A question to open a discussion.
#   activity: A short activity for a session.
${safetyBlock}
${optionalEnd}
---

${sections}`;
}

export function posterTemplate({ title, today, file }: { title: string; today: string; file: string }): string {
  return `---
# A project poster, laid out as its panels. Every field is described in docs/content-model.md.
# Replace each TODO, then run: npm run check -- ${file}
title: ${quote(title)}
# One or two plain-language sentences for listings and search results.
summary: "TODO: one or two sentences saying what the project did and found."
# The project the poster reports.
project: "TODO: the project's name"
# organisation: "Who ran it"     (optional: only if the poster names it)
# Where it ran.
region: "TODO: region, province or county"
country: "TODO: country"
# When and where it was presented (optional; leave out what you do not know rather than guess):
# first-published:
#   date: 2009                   (a year, a month 2009-05, or a day 2009-05-12)
#   venue: "The meeting or conference"
#   place: "Calgary, Alberta"
# sites: 3                       (optional: how many sites took part)
# The date it is added to the library (never the poster's own date); a maintainer may change it at merge.
published: ${today}
# The Objective panel.
objective:
  lead: "TODO: the sentence that introduces the objectives"
  items:
    - "TODO: the first objective"
# The Project Approach panel: the steps, in order.
approach:
  - "TODO: the first step"
# The Results and Conclusion panels (separate paragraphs with a blank line).
results: "TODO: what happened"
conclusion: "TODO: what the project concluded"
# Quotations from participants, attributed by role only, never by name:
# quotes:
#   - text: "The words, as the poster printed them."
#     speaker: Nurse preceptor
# The Resources panel: links and only the contact details the poster itself published.
# resources:
#   links:
#     - label: www.example.org
#       url: https://www.example.org
#   contacts:
#     - name: The contact the poster names
#       phone: 000-000-0000
#       email: contact@example.org
# Ids of the professions involved and the topics, lower-case words joined by hyphens.
professions: []
topics: []
# Optional tags from the library's vocabularies (docs/vocabularies.md lists every term); keep those that fit:
# competencies: [roles-responsibilities]      (IPEC 2023: values-ethics, roles-responsibilities, communication, teams-teamwork)
# subcompetencies: [RR4]                      (IPEC 2023 codes VE1-VE10, RR1-RR5, C1-C8, TT1-TT10; list their competency too)
# domains: [role-clarification-negotiation]   (CIHC 2024 domains)
# settings: [primary-care]
# levels: [pre-registration]
# Notes for educators who teach with this piece (optional):
# teaching:
#   objectives:
#     - What a learner should be able to do afterwards.
#   questions:
#     - A question to open a discussion.
#   activity: A short activity for a session.
${safetyBlock}
${optionalEnd}
---
`;
}
