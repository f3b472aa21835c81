/**
 * The MDX safety rules as steps of the compiler itself (src/lib/markdown/pipeline.ts puts them last):
 * `remarkContentSafety` on the Markdown tree after every remark plugin, `rehypeContentSafety` on the
 * HTML tree after every rehype plugin of ours. A piece that breaks a rule does not compile, whether
 * the compile was started by `npm run check`, `npm run build`, `npm run dev` or a test: nothing in it
 * ever becomes JavaScript, so nothing in it can run.
 */
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { type Problem, problem, formatProblem } from '../check/problem.ts';
import { projectRoot } from '../content/paths.ts';
import { findUnsafeHast } from '../safety/hast-safety.ts';
import { findUnsafeMdast, type SafetyFinding } from '../safety/mdast-safety.ts';

/** A piece the compiler refused, with every rule it broke. */
export class ContentSafetyError extends Error {
  /** The problems, with the file as an absolute path. */
  readonly problems: Problem[];
  /** Where the first problem is, for Vite's error overlay. */
  readonly line: number;
  readonly column: number;

  /** The refused file (absolute path). */
  readonly file: string;

  constructor(file: string, findings: readonly SafetyFinding[]) {
    const problems = findings.map((f) => problem(file, f.line, f.column, f.rule, f.message, f.fix));
    const shown = path.relative(projectRoot(), file) || file;
    super(
      `This piece may not be built: it could run code or put active HTML on the site.\n${problems.map((p) => formatProblem({ ...p, file: shown })).join('\n')}`,
    );
    this.name = 'ContentSafetyError';
    this.file = file;
    this.problems = problems;
    this.line = findings[0]?.line ?? 1;
    this.column = findings[0]?.column ?? 1;
  }
}

export function remarkContentSafety() {
  return (tree: MdastRoot, file: VFile) => {
    const findings = findUnsafeMdast(tree);
    // Astro's MDX compiler imports the module a front matter `layout` names.
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter && Object.hasOwn(frontmatter, 'layout')) {
      findings.unshift({
        line: 1,
        column: 1,
        rule: 'mdx/frontmatter-layout',
        message: 'a front matter "layout" makes the build load that file as code',
        fix: 'delete the layout field: the site chooses the layout',
      });
    }
    if (findings.length > 0) throw new ContentSafetyError(file.path, findings);
  };
}

export function rehypeContentSafety() {
  return (tree: HastRoot, file: VFile) => {
    const findings = findUnsafeHast(tree);
    if (findings.length > 0) throw new ContentSafetyError(file.path, findings);
  };
}
