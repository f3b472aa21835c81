/**
 * Confidentiality: details in an essay or poster that could identify a patient or colleague (rules
 * `confidentiality/*`, found by src/lib/confidentiality/find-identifiers.ts). The prose of the body is
 * searched (never code), and so is every front matter value a reader sees, except the fields that are
 * meant to hold such details: the author's own name, the poster's published contacts, dates and ids.
 *
 * A finding a reviewer agrees identifies no one is listed under `reviewed-exceptions` in the front
 * matter (rule, the exact text, a reason). It is then reported as a note, so the exception stays
 * visible in every report; an exception that no longer matches anything is a warning.
 */
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { locatePath } from '../../content/source-file.ts';
import { collapse, CONFIDENTIALITY_RULES, type Finding, findIdentifiers } from '../../confidentiality/find-identifiers.ts';
import type { CheckedFile, CheckPass } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';
import { bodyLocator, bodyProse, frontmatterStrings, pathStartsWith, type Position } from '../prose.ts';

/** Front matter values that are not searched: the author's own name, published contacts, dates, ids. */
const NOT_SEARCHED: ReadonlyArray<ReadonlyArray<string | number>> = [
  ['author', 'name'],
  ['author', 'orcid'],
  ['published'],
  ['updated'],
  ['first-published', 'date'],
  ['licence'],
  ['draft'],
  ['professions'],
  ['topics'],
  ['consent', 'status'],
  ['reviewed-exceptions'],
  ['resources', 'contacts'],
  ['resources', 'links', -1, 'url'],
];

/** In a link's address only these are looked for (a mailto: or tel: link). */
const ADDRESS_RULES = new Set(['confidentiality/email', 'confidentiality/phone', 'confidentiality/nhs-number']);

interface Exception {
  rule: string;
  text: string;
  reason: string;
  index: number;
  used: boolean;
}

export const checkConfidentiality: CheckPass = (files) => files.flatMap(checkOne);

function checkOne(file: CheckedFile): Problem[] {
  if (file.collection === 'references') return [];
  const exceptions = readExceptions(file.source.data);
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (finding: Finding, at: Position) => {
    // The same finding twice at one place: an address autolinked by GitHub-flavoured Markdown is its own link text.
    const key = `${finding.rule}@${at.line}:${at.column}`;
    if (reported.has(key)) return;
    reported.add(key);
    const exception = exceptions.find((e) => e.rule === finding.rule && e.text === collapse(finding.text).trim());
    if (exception) {
      exception.used = true;
      problems.push(problem(file.source.path, at.line, at.column, finding.rule, `"${collapse(finding.text)}" accepted on review: ${exception.reason}`, undefined, 'note'));
    } else {
      problems.push(problem(file.source.path, at.line, at.column, finding.rule, finding.message, finding.fix, finding.severity));
    }
  };

  for (const value of frontmatterStrings(file)) {
    if (NOT_SEARCHED.some((prefix) => pathStartsWith(value.path, prefix))) continue;
    for (const finding of findIdentifiers(value.value)) report(finding, value.locate(finding.start));
  }

  const prose = bodyProse(file);
  if (prose) {
    for (const finding of findIdentifiers(prose.value)) report(finding, prose.locate(finding.start));
    const locate = bodyLocator(file);
    visit(file.tree!, ['link', 'definition'], (node) => {
      const { url, position } = node as Link | Definition;
      for (const finding of findIdentifiers(url)) {
        if (ADDRESS_RULES.has(finding.rule)) report(finding, locate(position?.start.offset ?? 0));
      }
    });
  }

  // Whether an exception is still needed can only be known when the body could be read.
  if (file.tree) {
    for (const exception of exceptions.filter((e) => !e.used)) {
      const { line, column } = locatePath(file.source, ['reviewed-exceptions', exception.index]);
      problems.push(problem(file.source.path, line, column, 'confidentiality/unused-exception', `no ${exception.rule} finding reads "${exception.text}"`, 'remove this exception, or copy the text exactly as the check quotes it', 'warning'));
    }
  }
  return problems;
}

/** The well-formed reviewed exceptions (the schema reports malformed ones). */
function readExceptions(data: unknown): Exception[] {
  const list = (data as { 'reviewed-exceptions'?: unknown } | undefined)?.['reviewed-exceptions'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const { rule, text, reason } = (item ?? {}) as Record<string, unknown>;
    if (typeof rule !== 'string' || !(CONFIDENTIALITY_RULES as readonly string[]).includes(rule)) return [];
    if (typeof text !== 'string' || typeof reason !== 'string') return [];
    return [{ rule, text: collapse(text).trim(), reason: collapse(reason).trim(), index, used: false }];
  });
}
