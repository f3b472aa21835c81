/**
 * The content checks that run before Astro builds anything (and in `npm run check`): every file's
 * front matter against its schema, reference ids and DOIs, MDX syntax, and every citation key.
 * Problems carry the file, line and column so a contributor can go straight to them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { findCitations } from '../citations/find-citations.ts';
import { normaliseDoi } from '../identifiers.ts';
import { COLLECTION_FOLDERS, type CollectionName, contentRoot } from '../content/paths.ts';
import { locatePath, readSourceFile, type SourceFile } from '../content/source-file.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';
import { essaySchema } from '../../schemas/essay.ts';
import { posterSchema } from '../../schemas/poster.ts';
import { REFERENCE_ID_PATTERN, referenceSchema } from '../../schemas/reference.ts';
import { nearest } from './nearest.ts';
import type { Problem } from './problem.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  essays: essaySchema,
  posters: posterSchema,
  references: referenceSchema,
};

/** A content file with what the checks learned about it. */
export interface CheckedFile {
  collection: CollectionName;
  /** Entry id: the file name without its extension. */
  id: string;
  source: SourceFile;
}

export interface CheckResult {
  files: CheckedFile[];
  problems: Problem[];
}

export interface CheckOptions {
  /** The project root: file paths in problems are relative to it. */
  projectRoot?: string;
  /** The content folder; by default contentRoot(projectRoot). */
  contentDir?: string;
}

export function checkContent({ projectRoot = process.cwd(), contentDir }: CheckOptions = {}): CheckResult {
  const root = contentDir ? path.resolve(projectRoot, contentDir) : contentRoot(projectRoot);
  const problems: Problem[] = [];
  const files: CheckedFile[] = [];
  for (const collection of Object.keys(COLLECTION_FOLDERS) as CollectionName[]) {
    const { folder, extension } = COLLECTION_FOLDERS[collection];
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const display = path.relative(projectRoot, path.join(dir, name));
      if (!name.endsWith(extension)) {
        if (!name.startsWith('.'))
          problems.push(at(display, 1, 1, 'content/ignored-file', `this file is not read: ${collection} must be ${extension} files`, `rename it to end in ${extension} or move it out of content/${folder}`, 'warning'));
        continue;
      }
      const source = readSourceFile(path.join(dir, name), display);
      files.push({ collection, id: name.slice(0, -extension.length), source });
    }
  }

  for (const file of files) problems.push(...checkFrontmatter(file));
  problems.push(...checkReferences(files));
  problems.push(...checkBodiesAndCitations(files));
  return { files, problems };
}

function at(file: string, line: number, column: number, rule: string, message: string, fix?: string, severity: Problem['severity'] = 'error'): Problem {
  return fix === undefined ? { file, line, column, rule, message, severity } : { file, line, column, rule, message, fix, severity };
}

function checkFrontmatter({ collection, source }: CheckedFile): Problem[] {
  if (source.yaml.errors.length > 0) {
    return source.yaml.errors.map((error) => {
      const { line, column } = source.locate(error.pos[0]);
      return at(source.path, line, column, 'frontmatter/yaml', `the front matter is not valid YAML: ${error.message.split('\n')[0]}`, 'check indentation, and quote text that contains a colon');
    });
  }
  if (collection !== 'references' && (source.data === null || typeof source.data !== 'object')) {
    return [at(source.path, 1, 1, 'frontmatter/missing', 'the file has no front matter', 'start the file with a --- block of fields; `npm run new` writes one for you')];
  }
  const result = SCHEMAS[collection].safeParse(source.data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => describeIssue(source, issue));
}

/** Turn one zod issue into a contributor-facing problem at the right line. */
function describeIssue(source: SourceFile, issue: z.core.$ZodIssue): Problem {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const { line, column } = locatePath(source, [...issue.path, key]);
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    return at(source.path, line, column, 'frontmatter/unknown-field', `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}${field ? ` in ${field}` : ''}`, 'remove it, or check its spelling against the schema in docs/content-model.md');
  }
  const { line, column } = locatePath(source, issue.path);
  const value = valueAt(source.data, issue.path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return at(source.path, line, column, 'frontmatter/missing-field', `missing required field "${field}"`, `add ${field.split('.').at(-1)}: to the front matter; docs/content-model.md describes every field`);
  }
  return at(source.path, line, column, 'frontmatter/invalid', `${field ? `${field}: ` : ''}${issue.message}`);
}

function valueAt(data: unknown, dataPath: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of dataPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function checkReferences(files: readonly CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  const seenDois = new Map<string, string>();
  for (const { collection, id, source } of files) {
    if (collection !== 'references') continue;
    if (!REFERENCE_ID_PATTERN.test(id)) {
      problems.push(at(source.path, 1, 1, 'reference/id', `"${id}" is not a usable citation key: use lower-case letters, digits and underscores, starting with a letter`, `rename the file, e.g. ${id.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^[^a-z]+/, '')}.yaml`));
    }
    const raw = (source.data as { DOI?: unknown } | undefined)?.DOI;
    if (typeof raw !== 'string') continue;
    const doi = normaliseDoi(raw);
    const other = seenDois.get(doi.toLowerCase());
    if (other) {
      const { line, column } = locatePath(source, ['DOI']);
      problems.push(at(source.path, line, column, 'reference/duplicate-doi', `DOI ${doi} is already the reference "${other}"`, `cite @${other} instead and delete this file`));
    } else seenDois.set(doi.toLowerCase(), id);
  }
  return problems;
}

function checkBodiesAndCitations(files: readonly CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set(files.filter((f) => f.collection === 'references').map((f) => f.id));
  const cited = new Set<string>();
  let everyBodyRead = true;
  for (const { collection, source } of files) {
    if (collection === 'references') continue;
    let tree;
    try {
      tree = parseMdx(source.body);
    } catch (error) {
      const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
      const line = place?.line ?? place?.start?.line ?? 1;
      const column = place?.column ?? place?.start?.column ?? 1;
      const reason = (error as { reason?: string }).reason ?? String(error);
      problems.push(at(source.path, source.bodyLine + line - 1, column, 'mdx/syntax', `the text cannot be read as MDX: ${reason}`, 'write < as &lt; and { as \\{ in prose'));
      everyBodyRead = false;
      continue;
    }
    for (const citation of findCitations(tree)) {
      for (const { key } of citation.items) {
        cited.add(key);
        if (keys.has(key)) continue;
        const suggestions = nearest(key, keys);
        problems.push(
          at(source.path, source.bodyLine + citation.line - 1, citation.column, 'citation/unknown-key', `no reference has the key "@${key}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `@${s}`).join(', ')}?` : ''}`, `add content/references/${key}.yaml or correct the key`),
        );
      }
    }
  }
  // Whether a reference is unused can only be known when every piece could be read.
  for (const file of everyBodyRead ? files : []) {
    if (file.collection === 'references' && !cited.has(file.id))
      problems.push(at(file.source.path, 1, 1, 'reference/unused', `no essay or poster cites "@${file.id}"`, 'cite it with [@key] or delete the file', 'warning'));
  }
  return problems;
}
