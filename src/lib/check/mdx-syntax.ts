/** The problem for a body the MDX parser cannot read (rule `mdx/syntax`), from the parser's error. */
import { type Problem, problem } from './problem.ts';

export function mdxSyntaxProblem(display: string, error: unknown): Problem {
  const {
    place,
    reason,
    line: errorLine,
    column: errorColumn,
  } = error as {
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
    reason?: string;
    line?: number;
    column?: number;
  };
  const line = place?.line ?? place?.start?.line ?? errorLine ?? 1;
  const column = place?.column ?? place?.start?.column ?? errorColumn ?? 1;
  return problem(
    display,
    line,
    column,
    'mdx/syntax',
    `the text cannot be read as MDX: ${reason ?? (error instanceof Error ? error.message : String(error))}`,
    'write < as &lt; and { as \\{ in prose',
  );
}
