/**
 * The content checks for one piece held in memory, as the writing page (/contribute/write/) runs them
 * in the browser while the writer types. The rules are the passes of `npm run check` themselves
 * (src/lib/check/rules/): front matter schema, citation keys, MDX safety, confidentiality,
 * placeholders and vocabulary terms; the file is read by the same reader (parseSource) and the body by
 * the same MDX parser with the same extensions (parseMdx), and the MDX safety rules are the
 * compiler's own (findUnsafeMdast).
 *
 * What only the full compile finds stays with `npm run check` and CI: the build's remark steps run
 * before the checks there (typography, heading anchors, glossary marks), and the last look at the HTML
 * tree (rules mdx/raw-html, mdx/unexpected-element, mdx/unexpected-attribute, mdx/reserved-id) runs on
 * Astro's compiled HTML. Nothing a writer types should reach those rules; the page says so.
 *
 * No file system: the library's references come in as data (the page gets them from the build).
 */
import type { Root } from 'mdast';
import { locatePath, parseSource, type SourceFile } from '../content/source-file.ts';
import { findCitations } from '../citations/find-citations.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';
import { findUnsafeMdast } from '../safety/mdast-safety.ts';
import type { CheckedFile, CheckPass } from './checked-file.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { type Problem, problem } from './problem.ts';
import { checkCitations } from './rules/citations.ts';
import { checkConfidentiality } from './rules/confidentiality.ts';
import { checkFrontmatter } from './rules/frontmatter.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkTerms } from './rules/terms.ts';

/** What the checks need to know of a reference: its key and its authors (cited authors are not patients). */
export interface ReferenceSummary {
  key: string;
  author?: ReadonlyArray<{ family?: string; literal?: string; given?: string }>;
}

/** The passes of `npm run check` that apply to one piece, in the order of check-content.ts's PASSES. */
export const DRAFT_PASSES: readonly CheckPass[] = [
  checkFrontmatter,
  checkCitations,
  checkMdxSafety,
  checkConfidentiality,
  checkPlaceholders,
  checkTerms,
];

const CROSS_FILE = new Set<CheckPass>([checkCitations, checkConfidentiality]);

/**
 * Check one .mdx piece. `filePath` is its path in the repository (content/essays/<slug>.mdx or
 * content/posters/<slug>.mdx); problems name it, with lines and columns in `text`.
 */
export function checkDraft(text: string, filePath: string, references: readonly ReferenceSummary[]): Problem[] {
  const collection = filePath.startsWith('content/posters/') ? 'posters' : 'essays';
  const id = filePath.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const source = parseSource(text, filePath);
  const file: CheckedFile = { collection, id, source };
  const problems: Problem[] = [];
  try {
    const tree: Root = parseMdx(source.body);
    // As remarkCitations records them for the checks (src/lib/markdown/remark-citations.ts).
    tree.data = { ...tree.data, citations: findCitations(tree).map(({ node: _node, ...citation }) => citation) };
    file.tree = tree;
    const findings = findUnsafeMdast(tree);
    if (Object.hasOwn(source.buildData, 'layout'))
      findings.unshift({
        ...locatePath(source, ['layout']),
        rule: 'mdx/frontmatter-layout',
        message: 'a front matter "layout" makes the build load that file as code',
        fix: 'delete the layout field: the site chooses the layout',
      });
    if (findings.length > 0)
      file.unsafe = findings.map((f) => problem(filePath, f.line, f.column, f.rule, f.message, f.fix));
  } catch (error) {
    problems.push(mdxSyntaxProblem(filePath, error));
  }
  if (collection === 'essays' && source.data !== undefined && source.body.trim() === '') {
    problems.push(
      problem(
        filePath,
        source.bodyLine,
        1,
        'content/empty-body',
        'the essay has no text after its front matter',
        'write the essay below the closing --- line (`npm run new` starts one for you)',
      ),
    );
  }
  // The passes that look across files (citation keys, cited authors) also see the references.
  const withReferences = [file, ...references.map(referenceFile)];
  for (const pass of DRAFT_PASSES)
    problems.push(...pass(CROSS_FILE.has(pass) ? withReferences : [file]).filter((p) => p.file === filePath));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * A reference as the passes that look across files read it: its key (checkCitations) and its data
 * (checkConfidentiality reads the authors). The draft's problems are the only ones kept, so the
 * reference files themselves are never checked here.
 */
function referenceFile({ key, author }: ReferenceSummary): CheckedFile {
  const source = { path: `content/references/${key}.yaml`, data: { author } } as unknown as SourceFile;
  return { collection: 'references', id: key, source };
}
