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
  /** A note records something accepted on review (a reviewed exception); it never fails a check. */
  severity: 'error' | 'warning' | 'note';
}

/** Build a problem; `fix` is left out when there is none. */
export function problem(
  file: string,
  line: number,
  column: number,
  rule: string,
  message: string,
  fix?: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return fix === undefined
    ? { file, line, column, rule, message, severity }
    : { file, line, column, rule, message, fix, severity };
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  const fix = p.fix ? `  (${p.fix})` : '';
  const label = p.severity === 'error' ? '' : `${p.severity} `;
  return `${where}  ${label}${p.rule}  ${p.message}${fix}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const count = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('note');
  const lines = [...problems].sort(byPosition).map(formatProblem);
  lines.push(
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notes ? `, ${plural(notes, 'reviewed exception')}` : ''}`,
  );
  return lines.join('\n');
}

function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
