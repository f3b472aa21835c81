/**
 * The content checks that run before Astro builds anything (and in `npm run check`). Files are read
 * once, the way the build reads them (front matter with source positions; MDX compiled by the build's
 * own compiler, which refuses unsafe content, and never run), then each pass in PASSES looks at all of
 * them. Problems carry the file, line and column.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTION_FOLDERS,
  type CollectionName,
  contentRoot,
  projectRoot as defaultProjectRoot,
} from '../content/paths.ts';
import { locatePath, NotUtf8Error, readSourceFile, type SourceFile } from '../content/source-file.ts';
import { ContentSafetyError } from '../markdown/content-safety.ts';
import { compilePiece } from '../markdown/pipeline.ts';
import { KEBAB_ID } from '../../schemas/common.ts';
import type { CheckedFile, CheckPass } from './checked-file.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
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
export const PASSES: CheckPass[] = [
  checkFrontmatter,
  checkReferences,
  checkCitations,
  checkMdxSafety,
  checkConfidentiality,
  checkPlaceholders,
  checkTerms,
  checkGlossary,
  checkReadingLists,
];

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

export async function checkContent({
  projectRoot = defaultProjectRoot(),
  contentDir,
  only,
}: CheckOptions = {}): Promise<CheckResult> {
  const root = contentDir ? path.resolve(projectRoot, contentDir) : contentRoot(projectRoot);
  const { files, problems } = await readContent(root, projectRoot);
  for (const pass of PASSES) problems.push(...pass(files));
  if (!only) return { files, problems };
  const wanted = new Set(only.map((file) => path.relative(projectRoot, path.resolve(projectRoot, file))));
  const unknown = [...wanted].filter(
    (file) => !files.some((f) => f.source.path === file) && !problems.some((p) => p.file === file),
  );
  return {
    files: files.filter((f) => wanted.has(f.source.path)),
    problems: [
      ...problems.filter((p) => wanted.has(p.file)),
      ...unknown.map((file) => notContentProblem(file, root, projectRoot)),
    ],
  };
}

function notContentProblem(file: string, root: string, projectRoot: string): Problem {
  const folders = Object.values(COLLECTION_FOLDERS).map(
    ({ folder, extension }) => `${path.relative(projectRoot, path.join(root, folder)) || folder}/*${extension}`,
  );
  const missing = !existsSync(path.resolve(projectRoot, file));
  return problem(
    file,
    1,
    1,
    'check/not-content',
    missing ? 'there is no such file' : 'this is not a content file, so it was not checked',
    `give files in ${folders.join(', ')}`,
  );
}

/**
 * Read every content file as the build will, and compile every MDX body with the build's own compiler
 * (src/lib/markdown/pipeline.ts), keeping its finished tree for the passes. Files the build could not
 * read at all are reported here: folders and files with a content extension that are not UTF-8 text,
 * names that differ only in case, and bodies that cannot be parsed (`mdx/syntax`).
 */
async function readContent(root: string, projectRoot: string): Promise<CheckResult> {
  const problems: Problem[] = [];
  const files: CheckedFile[] = [];
  for (const collection of Object.keys(COLLECTION_FOLDERS) as CollectionName[]) {
    const { folder, extension } = COLLECTION_FOLDERS[collection];
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    problems.push(
      ...caseTwins(
        entries.map((e) => e.name).filter((name) => name.endsWith(extension)),
        dir,
        projectRoot,
      ),
    );
    for (const entry of entries) {
      const { name } = entry;
      const absolute = path.join(dir, name);
      const display = path.relative(projectRoot, absolute);
      if (!name.endsWith(extension)) {
        if (!name.startsWith('.'))
          problems.push(
            problem(
              display,
              1,
              1,
              'content/ignored-file',
              `this file is not read: ${collection} must be ${extension} files, and nothing else belongs in content/${folder}`,
              `rename it to end in ${extension} or move it out of content/${folder}`,
            ),
          );
        continue;
      }
      if (!entry.isFile()) {
        problems.push(
          problem(
            display,
            1,
            1,
            'content/not-a-file',
            `this is a ${entry.isDirectory() ? 'folder' : 'link or special file'}, not a file, but its name says it is one of the ${collection}`,
            `rename it so it does not end in ${extension}, or move it out of content/${folder}`,
          ),
        );
        continue;
      }
      let source: SourceFile;
      try {
        source = readSourceFile(absolute, display);
      } catch (error) {
        if (!(error instanceof NotUtf8Error)) throw error;
        problems.push(
          problem(
            display,
            error.line,
            error.column,
            'content/encoding',
            'this file is not UTF-8 text, so the site cannot read it',
            'save it as UTF-8 (most editors offer "Save with encoding")',
          ),
        );
        continue;
      }
      const file: CheckedFile = { collection, id: name.slice(0, -extension.length), source };
      if (ADDRESSED_BY_NAME.has(collection) && !KEBAB_ID.test(file.id))
        problems.push(fileNameProblem(display, file.id, extension));
      if (extension === '.mdx') {
        const { tree, error } = await compilePiece(projectRoot, absolute, source.body, source.buildData);
        if (tree) file.tree = tree;
        if (error instanceof ContentSafetyError)
          file.unsafe = error.problems.map((p) => ({
            ...p,
            file: display,
            ...(p.rule === 'mdx/frontmatter-layout' ? locatePath(source, ['layout']) : {}),
          }));
        else if (error) problems.push(mdxSyntaxProblem(display, error));
        if (collection === 'essays' && source.data !== undefined && source.body.trim() === '') {
          problems.push(
            problem(
              display,
              source.bodyLine,
              1,
              'content/empty-body',
              'the essay has no text after its front matter',
              'write the essay below the closing --- line (`npm run new` starts one for you)',
            ),
          );
        }
      }
      files.push(file);
    }
  }
  return { files, problems };
}

/**
 * Collections whose file names are page addresses. Astro turns a name into an address by its own rules
 * ("ok~.mdx" and "Ok!.mdx" both become /essays/ok/, and "a#b.mdx" is read as "a"), so a name must
 * already be one: then no two files can share an address, and the file the check read is the file
 * the build reads. (References and glossary entries have their own rules for their names.)
 */
const ADDRESSED_BY_NAME = new Set<CollectionName>(['essays', 'posters', 'readingLists']);

function fileNameProblem(display: string, id: string, extension: string): Problem {
  const suggestion =
    id
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'my-piece';
  return problem(
    display,
    1,
    1,
    'content/file-name',
    `"${id}${extension}" cannot be a page address: use lower-case letters and digits, with words joined by hyphens`,
    `rename the file, e.g. ${suggestion}${extension}`,
  );
}

/** Files whose names differ only in case: on most systems they are one file, and the build keeps one of them. */
function caseTwins(names: readonly string[], dir: string, projectRoot: string): Problem[] {
  const byFolded = new Map<string, string[]>();
  for (const name of names) byFolded.set(name.toLowerCase(), [...(byFolded.get(name.toLowerCase()) ?? []), name]);
  return [...byFolded.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((name) => {
        const others = group
          .filter((other) => other !== name)
          .map((other) => path.relative(projectRoot, path.join(dir, other)));
        return problem(
          path.relative(projectRoot, path.join(dir, name)),
          1,
          1,
          'content/case-twin',
          `this file and ${others.join(' and ')} have the same name but for capital letters: the site would publish only one of them`,
          'rename one of them, in lower case',
        );
      }),
    );
}
