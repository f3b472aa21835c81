/**
 * Import on the writing page: read an .mdx file (one the page exported, or one `npm run new` wrote)
 * back into a draft. A module of its own so the page loads the YAML reader only when a writer imports.
 */
import { parse as parseYaml } from 'yaml';
import { isModelName, slugify } from '../scaffold/templates.ts';
import { type Draft, emptyTerms, type PieceKind, TERM_FIELDS } from './draft.ts';

/** Why an imported file could not be read into the form. */
export class DraftImportError extends Error {
  override name = 'DraftImportError';
}

/**
 * Read an .mdx file back into a draft. Fields
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
    throw new DraftImportError(
      `${fileName}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new DraftImportError(`${fileName}: the front matter is not a set of fields`);
  const fields = data as Record<string, unknown>;
  const kind: PieceKind = 'project' in fields || 'objective' in fields ? 'poster' : 'essay';
  const known = new Set([
    'title',
    'summary',
    'published',
    'professions',
    ...TERM_FIELDS,
    'teaching',
    'anonymised',
    'consent',
    ...(kind === 'essay'
      ? ['author', 'reflectiveModel', 'learning']
      : ['project', 'organisation', 'region', 'country', 'objective', 'approach', 'results', 'conclusion']),
  ]);
  const unknown = Object.keys(fields).filter((key) => !known.has(key));
  if (unknown.length > 0)
    throw new DraftImportError(
      `${fileName}: this form cannot edit ${unknown.map((key) => `"${key}"`).join(', ')}; edit the file on GitHub or with npm run check instead`,
    );
  const str = (value: unknown) =>
    typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(str) : value === undefined ? [] : [str(value)]);
  const object = (value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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
    learning: (Array.isArray(fields.learning) ? fields.learning : []).map((record: unknown) => {
      const r = object(record);
      return { learner: str(r.learner), from: str(r.from), what: str(r.what) };
    }),
    anonymised: fields.anonymised === true,
    consentStatus: str(consent.status) || 'pending',
    consentNote: str(consent.note),
    teachingObjectives: list(teaching.objectives),
    teachingQuestions: list(teaching.questions),
    teachingActivity: str(teaching.activity),
    body: normalised.slice(match[0].length).replace(/^\n/, '').replace(/\s+$/, ''),
  };
}
