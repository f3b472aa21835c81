/**
 * A piece being written in the browser (/contribute/write/), and the one serializer that turns it into
 * the .mdx file the library reads: front matter with exactly the fields of the schema
 * (src/schemas/essay.ts, src/schemas/poster.ts), in the order `npm run new` writes them, then the
 * body. `readDraft` reads such a file back into the form (import). Pure functions, no DOM, so the page
 * and the tests (tests/unit/write-draft.test.ts) use the same code.
 */
import { parse as parseYaml } from 'yaml';
import { isModelName, type ModelName, modelSections, quote, slugify } from '../scaffold/templates.ts';

export type PieceKind = 'essay' | 'poster';

/** The vocabulary fields a piece may carry, in the order they are written. */
export const TERM_FIELDS = ['professions', 'topics', 'competencies', 'subcompetencies', 'domains', 'settings', 'levels'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** The two lists every piece must have (even empty); the others are left out when empty. */
const REQUIRED_TERM_FIELDS: ReadonlySet<TermField> = new Set(['professions', 'topics']);

export const CONSENT_CHOICES = ['not-needed', 'obtained', 'pending'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

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
  anonymised: boolean;
  consentStatus: string;
  consentNote: string;
  teachingObjectives: string[];
  teachingQuestions: string[];
  teachingActivity: string;
  /** The text after the front matter. */
  body: string;
}

const emptyTerms = (): Record<TermField, string[]> => Object.fromEntries(TERM_FIELDS.map((field) => [field, []])) as unknown as Record<TermField, string[]>;

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
export const draftSlug = (draft: Pick<Draft, 'slug' | 'title'>) => draft.slug.trim() || slugify(draft.title) || 'untitled';

/** Where the file goes in the repository, e.g. content/essays/my-title.mdx. */
export const draftPath = (draft: Pick<Draft, 'kind' | 'slug' | 'title'>) => `content/${draft.kind === 'essay' ? 'essays' : 'posters'}/${draftSlug(draft)}.mdx`;

/** A value in a flow list: ids and codes as written, anything else quoted (so YAML reads it as text). */
const flowItem = (value: string) => (/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|\d+)$/i.test(value) ? value : quote(value));
const flowList = (values: readonly string[]) => `[${values.map(flowItem).join(', ')}]`;
const blockList = (values: readonly string[], indent: string) => values.map((value) => `${indent}- ${quote(value)}`).join('\n');
/** Lines of a text area, trimmed, without the empty ones. */
export const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const clean = (text: string) => text.trim();

/**
 * The .mdx file for a draft. Strings are written as YAML double-quoted strings (JSON syntax), so no
 * text a writer types can change the YAML's structure; the body is written as typed, with Unix line
 * endings and one final line break.
 */
export function serializeDraft(draft: Draft): string {
  const out: string[] = ['---', `title: ${quote(clean(draft.title))}`, `summary: ${quote(clean(draft.summary))}`];
  if (draft.kind === 'essay') {
    out.push('author:', `  name: ${quote(clean(draft.authorName) || 'Anonymous')}`, `  role: ${quote(clean(draft.authorRole))}`, `  stage: ${flowItem(draft.authorStage)}`);
    out.push(`published: ${draft.published}`);
  } else {
    out.push(`project: ${quote(clean(draft.project))}`);
    if (clean(draft.organisation)) out.push(`organisation: ${quote(clean(draft.organisation))}`);
    out.push(`region: ${quote(clean(draft.region))}`, `country: ${quote(clean(draft.country))}`, `published: ${draft.published}`);
    out.push('objective:', `  lead: ${quote(clean(draft.objectiveLead))}`, '  items:', blockList(nonEmpty(draft.objectiveItems), '    ') || '    []');
    out.push('approach:', blockList(nonEmpty(draft.approach), '  ') || '  []');
    out.push(`results: ${quote(clean(draft.results))}`, `conclusion: ${quote(clean(draft.conclusion))}`);
  }
  for (const field of TERM_FIELDS) {
    const values = nonEmpty(draft.terms[field]);
    if (values.length > 0 || REQUIRED_TERM_FIELDS.has(field)) out.push(`${field}: ${flowList(values)}`);
  }
  if (draft.kind === 'essay') out.push(`reflectiveModel: ${draft.model}`);
  const objectives = nonEmpty(draft.teachingObjectives);
  const questions = nonEmpty(draft.teachingQuestions);
  const activity = clean(draft.teachingActivity);
  if (objectives.length || questions.length || activity) {
    out.push('teaching:', '  objectives:', blockList(objectives, '    ') || '    []', '  questions:', blockList(questions, '    ') || '    []');
    if (activity) out.push(`  activity: ${quote(activity)}`);
  }
  out.push(`anonymised: ${draft.anonymised ? 'true' : 'false'}`, 'consent:', `  status: ${flowItem(draft.consentStatus)}`, `  note: ${quote(clean(draft.consentNote))}`, '---', '');
  const body = draft.body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return `${out.join('\n')}${body ? `\n${body}\n` : ''}`;
}

const nonEmpty = (values: readonly string[]) => values.map((value) => value.trim()).filter(Boolean);

/** Why an imported file could not be read into the form. */
export class DraftImportError extends Error {}

/**
 * Read an .mdx file (one this page exported, or one written by `npm run new`) back into a draft. Fields
 * the form does not edit are refused by name, so an import never drops part of a file silently.
 */
export function readDraft(text: string, fileName: string, today: string): Draft {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalised);
  if (!match) throw new DraftImportError(`${fileName} does not start with front matter between --- lines`);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new DraftImportError(`${fileName}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new DraftImportError(`${fileName}: the front matter is not a set of fields`);
  const fields = data as Record<string, unknown>;
  const kind: PieceKind = 'project' in fields || 'objective' in fields ? 'poster' : 'essay';
  const known = new Set(['title', 'summary', 'published', 'professions', ...TERM_FIELDS, 'teaching', 'anonymised', 'consent', ...(kind === 'essay' ? ['author', 'reflectiveModel'] : ['project', 'organisation', 'region', 'country', 'objective', 'approach', 'results', 'conclusion'])]);
  const unknown = Object.keys(fields).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new DraftImportError(`${fileName}: this form cannot edit ${unknown.map((key) => `"${key}"`).join(', ')}; edit the file on GitHub or with npm run check instead`);
  const str = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
  const list = (value: unknown) => (Array.isArray(value) ? value.map(str) : value === undefined ? [] : [str(value)]);
  const object = (value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const author = object(fields.author);
  const consent = object(fields.consent);
  const teaching = object(fields.teaching);
  const objective = object(fields.objective);
  const model = str(fields.reflectiveModel);
  const slug = fileName.replace(/^.*[\\/]/, '').replace(/\.mdx$/i, '');
  const terms = emptyTerms();
  for (const field of TERM_FIELDS) terms[field] = list(fields[field]);
  return {
    kind,
    title: str(fields.title),
    slug: slug === slugify(str(fields.title)) ? '' : slug,
    summary: str(fields.summary),
    published: /^\d{4}-\d\d-\d\d$/.test(str(fields.published)) ? str(fields.published) : today,
    authorName: str(author.name) || 'Anonymous',
    authorRole: str(author.role),
    authorStage: str(author.stage) || 'student',
    model: isModelName(model) ? model : 'gibbs',
    project: str(fields.project),
    organisation: str(fields.organisation),
    region: str(fields.region),
    country: str(fields.country),
    objectiveLead: str(objective.lead),
    objectiveItems: list(objective.items),
    approach: list(fields.approach),
    results: str(fields.results),
    conclusion: str(fields.conclusion),
    terms,
    anonymised: fields.anonymised === true,
    consentStatus: str(consent.status) || 'pending',
    consentNote: str(consent.note),
    teachingObjectives: list(teaching.objectives),
    teachingQuestions: list(teaching.questions),
    teachingActivity: str(teaching.activity),
    body: normalised.slice(match[0].length).replace(/^\n/, '').replace(/\s+$/, ''),
  };
}
