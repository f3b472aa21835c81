/**
 * The content checks that run before Astro builds anything (and in `npm run check`). Files are read
 * once (front matter with source positions, MDX parsed to a syntax tree, nothing evaluated), then each
 * pass in PASSES looks at all of them. Problems carry the file, line and column.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_FOLDERS, type CollectionName, contentRoot, projectRoot as defaultProjectRoot } from '../content/paths.ts';
import { readSourceFile } from '../content/source-file.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';
import { type CheckedFile, type CheckPass, fileLine } from './checked-file.ts';
import { type Problem, problem } from './problem.ts';
import { checkCitations } from './rules/citations.ts';
import { checkConfidentiality } from './rules/confidentiality.ts';
import { checkFrontmatter } from './rules/frontmatter.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkReferences } from './rules/references.ts';
import { checkTerms } from './rules/terms.ts';
import { checkGlossary } from './rules/glossary.ts';
import { checkReadingLists } from './rules/reading-lists.ts';

/** Every check, in the order its problems are most useful. */
export const PASSES: CheckPass[] = [checkFrontmatter, checkReferences, checkCitations, checkMdxSafety, checkConfidentiality, checkPlaceholders, checkTerms, checkGlossary, checkReadingLists];

export interface CheckResult {
  files: CheckedFile[];
  problems: Problem[];
}

export interface CheckOptions {
  /** The project root: file paths in problems are relative to it. */
  projectRoot?: string;
  /** The content folder; by default contentRoot(projectRoot). */
  contentDir?: string;
  /**
   * Report only on these files (absolute, or relative to the project root). Every file is still read,
   * so rules that look across files (citation keys, duplicate DOIs) see the whole library.
   */
  only?: readonly string[];
}

export function checkContent({ projectRoot = defaultProjectRoot(), contentDir, only }: CheckOptions = {}): CheckResult {
  const root = contentDir ? path.resolve(projectRoot, contentDir) : contentRoot(projectRoot);
  const { files, problems } = readContent(root, projectRoot);
  for (const pass of PASSES) problems.push(...pass(files));
  if (!only) return { files, problems };
  const wanted = new Set(only.map((file) => path.relative(projectRoot, path.resolve(projectRoot, file))));
  const unknown = [...wanted].filter((file) => !files.some((f) => f.source.path === file) && !problems.some((p) => p.file === file));
  return {
    files: files.filter((f) => wanted.has(f.source.path)),
    problems: [...problems.filter((p) => wanted.has(p.file)), ...unknown.map((file) => notContentProblem(file, root, projectRoot))],
  };
}

function notContentProblem(file: string, root: string, projectRoot: string): Problem {
  const folders = Object.values(COLLECTION_FOLDERS).map(({ folder, extension }) => `${path.relative(projectRoot, path.join(root, folder)) || folder}/*${extension}`);
  const missing = !existsSync(path.resolve(projectRoot, file));
  return problem(file, 1, 1, 'check/not-content', missing ? 'there is no such file' : 'this is not a content file, so it was not checked', `give files in ${folders.join(', ')}`);
}

/** Read every content file; MDX bodies that cannot be parsed are reported as `mdx/syntax`. */
function readContent(root: string, projectRoot: string): CheckResult {
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
          problems.push(problem(display, 1, 1, 'content/ignored-file', `this file is not read: ${collection} must be ${extension} files`, `rename it to end in ${extension} or move it out of content/${folder}`, 'warning'));
        continue;
      }
      const file: CheckedFile = { collection, id: name.slice(0, -extension.length), source: readSourceFile(path.join(dir, name), display) };
      if (extension === '.mdx') {
        try {
          file.tree = parseMdx(file.source.body);
        } catch (error) {
          problems.push(mdxSyntaxProblem(file, error));
        }
      }
      files.push(file);
    }
  }
  return { files, problems };
}

function mdxSyntaxProblem(file: CheckedFile, error: unknown): Problem {
  const { place, reason } = error as { place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string };
  const line = place?.line ?? place?.start?.line ?? 1;
  const column = place?.column ?? place?.start?.column ?? 1;
  return problem(file.source.path, fileLine(file, line), column, 'mdx/syntax', `the text cannot be read as MDX: ${reason ?? String(error)}`, 'write < as &lt; and { as \\{ in prose');
}
