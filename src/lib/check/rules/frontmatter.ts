/** Front matter: valid YAML, present, and matching the collection's schema (rules `frontmatter/*`). */
import type { z } from 'astro/zod';
import { locatePath, type SourceFile } from '../../content/source-file.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../../content/paths.ts';
import { essaySchema } from '../../../schemas/essay.ts';
import { posterSchema } from '../../../schemas/poster.ts';
import { referenceSchema } from '../../../schemas/reference.ts';
import { glossarySchema } from '../../../schemas/glossary.ts';
import { readingListSchema } from '../../../schemas/reading-list.ts';
import type { CheckPass, CheckedFile } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  essays: essaySchema,
  posters: posterSchema,
  references: referenceSchema,
  glossary: glossarySchema,
  readingLists: readingListSchema,
};

export const checkFrontmatter: CheckPass = (files) => files.flatMap(checkOne);

function checkOne({ collection, source }: CheckedFile): Problem[] {
  if (source.yaml.errors.length > 0) {
    return source.yaml.errors.map((error) => {
      const { line, column } = source.locate(error.pos[0]);
      return problem(
        source.path,
        line,
        column,
        'frontmatter/yaml',
        `the front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        'check indentation, and quote text that contains a colon',
      );
    });
  }
  if (source.toml) {
    return [
      problem(
        source.path,
        1,
        1,
        'frontmatter/not-yaml',
        'the front matter is TOML (between +++ lines); the library reads YAML',
        'write the fields as YAML between --- lines; `npm run new` writes one for you',
      ),
    ];
  }
  if (source.aliases) {
    return [
      problem(
        source.path,
        1,
        1,
        'frontmatter/yaml-alias',
        'the YAML uses anchors and aliases (&name and *name), which the library does not read',
        'write each value out in full',
      ),
    ];
  }
  if (source.readers) {
    const { line, column } = locatePath(source, source.readers.at);
    const field = source.readers.at.length ? `"${source.readers.at.map(String).join('.')}"` : 'the front matter';
    return [
      problem(
        source.path,
        line,
        column,
        'frontmatter/ambiguous-yaml',
        `YAML readers disagree about ${field}: the build would read ${shown(source.readers.build)}, the checks ${shown(source.readers.check)}`,
        'write it as plain YAML: no merge keys (<<), tags (!!), or anchors and aliases; quote text that could be read as something else',
      ),
    ];
  }
  if (
    COLLECTION_FOLDERS[collection].extension === '.mdx' &&
    (source.data === null || typeof source.data !== 'object')
  ) {
    return [
      problem(
        source.path,
        1,
        1,
        'frontmatter/missing',
        'the file has no front matter',
        'start the file with a --- block of fields; `npm run new` writes one for you',
      ),
    ];
  }
  const result = SCHEMAS[collection].safeParse(source.data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => describeIssue(source, issue));
}

/** Fields that moved, with where they went: older files still carry them. */
const MOVED: Record<string, string> = {
  year: "a poster's year is now part of first-published: write first-published: { date: 2009 }, with the meeting as venue and its town as place when known",
};

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Turn one zod issue into a contributor-facing problem at the right line. */
function describeIssue(source: SourceFile, issue: z.core.$ZodIssue): Problem {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const { line, column } = locatePath(source, [...issue.path, key]);
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    const moved = issue.path.length === 0 ? MOVED[key] : undefined;
    return problem(
      source.path,
      line,
      column,
      'frontmatter/unknown-field',
      `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}${field ? ` in ${field}` : ''}`,
      moved ?? 'remove it, or check its spelling against the schema in docs/content-model.md',
    );
  }
  const { line, column } = locatePath(source, issue.path);
  if (
    valueAt(source.data, issue.path) === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union')
  ) {
    return problem(
      source.path,
      line,
      column,
      'frontmatter/missing-field',
      `missing required field "${field}"`,
      `add ${field.split('.').at(-1)}: to the front matter; docs/content-model.md describes every field`,
    );
  }
  return problem(source.path, line, column, 'frontmatter/invalid', `${field ? `${field}: ` : ''}${issue.message}`);
}

function valueAt(data: unknown, dataPath: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of dataPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
