/**
 * A piece being written in the browser (/contribute/write/), and the one serializer that turns it into
 * the .mdx file the library reads: front matter with exactly the fields of the schema
 * (src/schemas/essay.ts, src/schemas/poster.ts), in the order `npm run new` writes them, then the
 * body. read-draft.ts reads such a file back into the form (import). Pure functions, no DOM, so the page
 * and the tests (tests/unit/write-draft.test.ts) use the same code.
 */
import { type ModelName, modelSections, quote, slugify } from '../scaffold/templates.ts';

export type PieceKind = 'essay' | 'poster';

/** The vocabulary fields a piece may carry, in the order they are written. */
export const TERM_FIELDS = [
  'professions',
  'topics',
  'competencies',
  'subcompetencies',
  'domains',
  'settings',
  'levels',
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** The two lists every piece must have (even empty); the others are left out when empty. */
const REQUIRED_TERM_FIELDS: ReadonlySet<TermField> = new Set(['professions', 'topics']);

export const CONSENT_CHOICES = ['not-needed', 'obtained', 'pending'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

export interface LearningRecord {
  learner: string;
  from: string;
  what: string;
}

export interface Draft {
  kind: PieceKind;
  title: string;
  /** The file name without .mdx; empty means "from the title" (see draftSlug). */
  slug: string;
  summary: string;
  /** The day it is added to the library (YYYY-MM-DD). */
  published: string;
  /** Essays: the author, and the model the headings follow. */
  authorName: string;
  authorRole: string;
  authorStage: string;
  model: ModelName;
  /** Posters: the panels. Lists are one item a line in the form. */
  project: string;
  organisation: string;
  region: string;
  country: string;
  objectiveLead: string;
  objectiveItems: string[];
  approach: string[];
  results: string;
  conclusion: string;
  terms: Record<TermField, string[]>;
  /** Essays: who learned what from whom (profession ids, each also in professions). */
  learning: LearningRecord[];
  anonymised: boolean;
  consentStatus: string;
  consentNote: string;
  teachingObjectives: string[];
  teachingQuestions: string[];
  teachingActivity: string;
  /** The text after the front matter. */
  body: string;
}

export const emptyTerms = (): Record<TermField, string[]> =>
  Object.fromEntries(TERM_FIELDS.map((field) => [field, []])) as unknown as Record<TermField, string[]>;

/** A new draft, as the form starts: an essay from Gibbs' headings, nothing declared yet. */
export function newDraft(today: string, kind: PieceKind = 'essay', model: ModelName = 'gibbs'): Draft {
  return {
    kind,
    title: '',
    slug: '',
    summary: '',
    published: today,
    authorName: 'Anonymous',
    authorRole: '',
    authorStage: 'student',
    model,
    project: '',
    organisation: '',
    region: '',
    country: '',
    objectiveLead: '',
    objectiveItems: [],
    approach: [],
    results: '',
    conclusion: '',
    terms: emptyTerms(),
    learning: [],
    anonymised: false,
    consentStatus: 'pending',
    consentNote: '',
    teachingObjectives: [],
    teachingQuestions: [],
    teachingActivity: '',
    body: kind === 'essay' ? modelSections(model) : '',
  };
}

/** The body a kind (and model) starts from: an essay's model headings, a poster's optional note empty. */
export const startingBody = (kind: PieceKind, model: ModelName) => (kind === 'essay' ? modelSections(model) : '');

/** The file name the piece will have (without .mdx). */
export const draftSlug = (draft: Pick<Draft, 'slug' | 'title'>) =>
  draft.slug.trim() || slugify(draft.title) || 'untitled';

/** Where the file goes in the repository, e.g. content/essays/my-title.mdx. */
export const draftPath = (draft: Pick<Draft, 'kind' | 'slug' | 'title'>) =>
  `content/${draft.kind === 'essay' ? 'essays' : 'posters'}/${draftSlug(draft)}.mdx`;

/** A value in a flow list: ids and codes as written, anything else quoted (so YAML reads it as text). */
const flowItem = (value: string) =>
  /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|\d+)$/i.test(value)
    ? value
    : quote(value);
const flowList = (values: readonly string[]) => `[${values.map(flowItem).join(', ')}]`;
const blockList = (values: readonly string[], indent: string) =>
  values.map((value) => `${indent}- ${quote(value)}`).join('\n');
/** Lines of a text area, trimmed, without the empty ones. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const clean = (text: string) => text.trim();

/**
 * The .mdx file for a draft. Strings are written as YAML double-quoted strings (JSON syntax), so no
 * text a writer types can change the YAML's structure; the body is written as typed, with Unix line
 * endings and one final line break.
 */
export function serializeDraft(draft: Draft): string {
  return layoutDraft(draft).text;
}

/** Which form field wrote each line of the file, so the page can show a finding beside its field. */
export type LineField = keyof Draft | `terms.${TermField}` | 'frontmatter' | 'teaching';

/** The file, and for each of its lines (index 0 is line 1) the form field it came from. */
export function layoutDraft(draft: Draft): { text: string; fields: LineField[]; bodyLine: number } {
  const out: string[] = [];
  const fields: LineField[] = [];
  const push = (field: LineField, ...chunks: string[]) => {
    for (const line of chunks.join('\n').split('\n')) {
      out.push(line);
      fields.push(field);
    }
  };
  push('frontmatter', '---');
  push('title', `title: ${quote(clean(draft.title))}`);
  push('summary', `summary: ${quote(clean(draft.summary))}`);
  if (draft.kind === 'essay') {
    push('authorName', 'author:', `  name: ${quote(clean(draft.authorName) || 'Anonymous')}`);
    push('authorRole', `  role: ${quote(clean(draft.authorRole))}`);
    push('authorStage', `  stage: ${flowItem(draft.authorStage)}`);
    push('published', `published: ${draft.published}`);
  } else {
    push('project', `project: ${quote(clean(draft.project))}`);
    if (clean(draft.organisation)) push('organisation', `organisation: ${quote(clean(draft.organisation))}`);
    push('region', `region: ${quote(clean(draft.region))}`);
    push('country', `country: ${quote(clean(draft.country))}`);
    push('published', `published: ${draft.published}`);
    push('objectiveLead', 'objective:', `  lead: ${quote(clean(draft.objectiveLead))}`);
    push('objectiveItems', '  items:', blockList(nonEmpty(draft.objectiveItems), '    ') || '    []');
    push('approach', 'approach:', blockList(nonEmpty(draft.approach), '  ') || '  []');
    push('results', `results: ${quote(clean(draft.results))}`);
    push('conclusion', `conclusion: ${quote(clean(draft.conclusion))}`);
  }
  for (const field of TERM_FIELDS) {
    const values = nonEmpty(draft.terms[field]);
    if (values.length > 0 || REQUIRED_TERM_FIELDS.has(field)) push(`terms.${field}`, `${field}: ${flowList(values)}`);
  }
  if (draft.kind === 'essay') push('model', `reflectiveModel: ${draft.model}`);
  const learning =
    draft.kind === 'essay' ? draft.learning.filter((r) => r.learner.trim() || r.from.trim() || r.what.trim()) : [];
  if (learning.length > 0) {
    push('learning', 'learning:');
    for (const record of learning)
      push(
        'learning',
        `  - learner: ${flowItem(record.learner.trim())}`,
        `    from: ${flowItem(record.from.trim())}`,
        `    what: ${quote(clean(record.what))}`,
      );
  }
  const objectives = nonEmpty(draft.teachingObjectives);
  const questions = nonEmpty(draft.teachingQuestions);
  const activity = clean(draft.teachingActivity);
  if (objectives.length || questions.length || activity) {
    push('teaching', 'teaching:');
    push('teachingObjectives', '  objectives:', blockList(objectives, '    ') || '    []');
    push('teachingQuestions', '  questions:', blockList(questions, '    ') || '    []');
    if (activity) push('teachingActivity', `  activity: ${quote(activity)}`);
  }
  push('anonymised', `anonymised: ${draft.anonymised ? 'true' : 'false'}`);
  push('consentStatus', 'consent:', `  status: ${flowItem(draft.consentStatus)}`);
  push('consentNote', `  note: ${quote(clean(draft.consentNote))}`);
  push('frontmatter', '---');
  const body = draft.body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  // A blank line after the front matter, then the body as typed.
  const bodyLine = out.length + 2;
  if (body) push('body', '', body);
  return { text: `${out.join('\n')}\n`, fields, bodyLine };
}

const nonEmpty = (values: readonly string[]) => values.map((value) => value.trim()).filter(Boolean);
