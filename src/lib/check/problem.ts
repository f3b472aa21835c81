/** A problem found in a contributor's file, printed as `file:line:column  rule  message  (fix)`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Stable id of the rule, e.g. `frontmatter/invalid` or `citation/unknown-key`. */
  rule: string;
  message: string;
  /** What to do about it, when the message alone does not say. */
  fix?: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const fix = problem.fix ? `  (${problem.fix})` : '';
  return `${where}  ${problem.severity === 'warning' ? 'warning ' : ''}${problem.rule}  ${problem.message}${fix}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = [...problems].sort(byPosition).map(formatProblem);
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
