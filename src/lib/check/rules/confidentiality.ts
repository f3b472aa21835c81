/**
 * Confidentiality: details in an essay or poster that could identify a patient or colleague (rules
 * `confidentiality/*`, found by src/lib/confidentiality/). What is searched is the text a reader gets:
 * every text value of the body's syntax tree (prose, inline code, code blocks, table cells, footnotes,
 * link and image titles, image descriptions, component props) and every front matter value the site
 * shows, decoded and normalised, so no markup or character trick hides an identifier. The fields meant
 * to hold such details are skipped for the rules they would trip: the author's own name, a poster's
 * published contacts and the organisation that ran it; dates and ids are not text.
 *
 * Names and places a reviewer agrees identify no one are listed under `reviewed-exceptions` (rule, the
 * text exactly as quoted, a reason) and reported as notes, so the exception stays visible in every
 * report; an exception that no longer matches anything is a warning. Health numbers, hospital numbers,
 * e-mail addresses and telephone numbers can never be excepted (the schema refuses such an exception).
 */
import { locatePath } from '../../content/source-file.ts';
import {
  CONTACT_RULES,
  type ConfidentialityRule,
  EXCEPTABLE_RULES,
  HIDDEN_TEXT_RULES,
  type Finding,
  findInNormalised,
  toFinding,
} from '../../confidentiality/find-identifiers.ts';
import { knownNames } from '../../confidentiality/known-names.ts';
import { collapse } from '../../confidentiality/normalise.ts';
import { addressWords } from '../../confidentiality/tree-text.ts';
import type { CheckedFile, CheckPass } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';
import { bodyTexts, frontmatterStrings, pathStartsWith, type Position } from '../prose.ts';

const NAME_RULES: readonly ConfidentialityRule[] = ['confidentiality/title-surname', 'confidentiality/person-name'];
const PLACE_RULES: readonly ConfidentialityRule[] = ['confidentiality/named-place', 'confidentiality/ward-bed'];
const ALL = 'all' as const;

/**
 * Front matter values skipped, wholly or for some rules: the author's own name (printed as the
 * byline), a poster's published contacts and who ran it, and values that are dates or ids, not text.
 */
const SKIPPED: ReadonlyArray<[ReadonlyArray<string | number>, readonly ConfidentialityRule[] | typeof ALL]> = [
  [['author', 'name'], NAME_RULES],
  [['author', 'orcid'], ALL],
  [['published'], ALL],
  [['updated'], ALL],
  [['first-published', 'date'], ALL],
  [['licence'], ALL],
  [['draft'], ALL],
  [['professions'], ALL],
  [['topics'], ALL],
  [['competencies'], ALL],
  [['subcompetencies'], ALL],
  [['domains'], ALL],
  [['settings'], ALL],
  [['levels'], ALL],
  [['reflectiveModel'], ALL],
  [['learning', -1, 'learner'], ALL],
  [['learning', -1, 'from'], ALL],
  [['consent', 'status'], ALL],
  [['reviewed-exceptions'], ALL],
  [['organisation'], [...PLACE_RULES, ...NAME_RULES]],
  [['project'], PLACE_RULES],
  [['region'], PLACE_RULES],
  [['country'], PLACE_RULES],
  [['compiler'], NAME_RULES],
  [['items', -1, 'essay'], ALL],
  [['items', -1, 'poster'], ALL],
  [['related'], ALL],
];

/** In an address (a mailto: or tel: link) only these are looked for. */
const ADDRESS_RULES = new Set<ConfidentialityRule>([
  'confidentiality/email',
  'confidentiality/phone',
  'confidentiality/nhs-number',
  'confidentiality/health-number',
]);

/** In a footnote's label (an id and a link on the page): what a web address is read for, and telephone numbers. */
const LABEL_RULES = new Set<ConfidentialityRule>([...HIDDEN_TEXT_RULES, 'confidentiality/phone']);

/** Front matter values read only for some rules: a poster's contacts, and its links' web addresses. */
const ONLY: ReadonlyArray<[ReadonlyArray<string | number>, ReadonlySet<ConfidentialityRule>]> = [
  [['resources', 'contacts'], CONTACT_RULES],
  [['resources', 'links', -1, 'url'], HIDDEN_TEXT_RULES],
];

interface Exception {
  rule: string;
  text: string;
  reason: string;
  index: number;
  used: boolean;
}

export const checkConfidentiality: CheckPass = (files) => {
  const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, f.source.data]));
  return files.flatMap((file) => checkOne(file, references));
};

function checkOne(file: CheckedFile, references: ReadonlyMap<string, unknown>): Problem[] {
  // A reference is bibliographic data (the gate reads it on the pages), but its file name is its citation
  // key, which becomes a page's address and ids: read it as a web address is read.
  if (file.collection === 'references') {
    const name = addressWords(file.id);
    return findInNormalised(name)
      .filter((candidate) => HIDDEN_TEXT_RULES.has(candidate.rule))
      .map((candidate) => {
        const finding = toFinding(candidate, name);
        return problem(file.source.path, 1, 1, finding.rule, `the file name: ${finding.message}`, finding.fix);
      });
  }
  const exceptions = readExceptions(file.source.data);
  const context = { knownNames: knownNames(namesNotPatients(file, references)) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report = (finding: Finding, at: Position) => {
    const key = `${at.line}:${at.column}:${finding.rule}`;
    if (seen.has(key)) return;
    seen.add(key);
    const quoted = collapse(finding.text).trim();
    const exception = exceptions.find((e) => e.rule === finding.rule && e.text === quoted);
    if (exception) {
      exception.used = true;
      problems.push(
        problem(
          file.source.path,
          at.line,
          at.column,
          finding.rule,
          `"${quoted}" accepted on review: ${exception.reason}`,
          undefined,
          'note',
        ),
      );
    } else {
      problems.push(
        problem(file.source.path, at.line, at.column, finding.rule, finding.message, finding.fix, finding.severity),
      );
    }
  };

  for (const value of frontmatterStrings(file)) {
    const skipped = SKIPPED.filter(([prefix]) => pathStartsWith(value.path, prefix)).map(([, rules]) => rules);
    if (skipped.includes(ALL)) continue;
    const skip = new Set(skipped.flat() as ConfidentialityRule[]);
    const only = ONLY.find(([prefix]) => pathStartsWith(value.path, prefix))?.[1];
    // A web address is read as words (addressWords); its findings point at the address when decoding moved them.
    const text = only === HIDDEN_TEXT_RULES ? addressWords(value.value) : value.value;
    for (const candidate of findInNormalised(text, context)) {
      if (skip.has(candidate.rule) || (only && !only.has(candidate.rule))) continue;
      report(toFinding(candidate, text), value.locate(text.length === value.value.length ? candidate.start : 0));
    }
  }

  for (const block of bodyTexts(file)) {
    for (const candidate of findInNormalised(block.value, context)) {
      if (block.kind === 'address' && !ADDRESS_RULES.has(candidate.rule)) continue;
      if (block.kind === 'hidden' && !HIDDEN_TEXT_RULES.has(candidate.rule)) continue;
      if (block.kind === 'label' && !LABEL_RULES.has(candidate.rule)) continue;
      report(toFinding(candidate, block.value), block.locate(candidate.start));
    }
  }

  // Whether an exception is still needed can only be known when the body could be read.
  if (file.tree || !file.source.path.endsWith('.mdx')) {
    for (const exception of exceptions.filter((e) => !e.used)) {
      const { line, column } = locatePath(file.source, ['reviewed-exceptions', exception.index]);
      problems.push(
        problem(
          file.source.path,
          line,
          column,
          'confidentiality/unused-exception',
          `no ${exception.rule} finding reads "${exception.text}"`,
          'remove this exception, or copy the text exactly as the check quotes it',
          'warning',
        ),
      );
    }
  }
  return problems;
}

/**
 * Names that are not patients in this piece: the authors of the works it cites (a cited author is
 * named as such), and its own author's surname. Theorists are added by knownNames().
 */
function namesNotPatients(file: CheckedFile, references: ReadonlyMap<string, unknown>): string[] {
  const names: string[] = [];
  const author = (file.source.data as { author?: { name?: unknown } } | undefined)?.author?.name;
  if (typeof author === 'string') names.push(author.trim().split(/\s+/).pop() ?? '');
  // remarkCitations records the citations as written before it turns them into links.
  for (const citation of file.tree?.data?.citations ?? []) {
    for (const { key } of citation.items) {
      const authors = (references.get(key) as { author?: unknown } | undefined)?.author;
      if (!Array.isArray(authors)) continue;
      for (const person of authors as Array<{ family?: unknown; literal?: unknown }>) {
        if (typeof person?.family === 'string') names.push(person.family);
        if (typeof person?.literal === 'string') names.push(person.literal);
      }
    }
  }
  return names;
}

/** The well-formed reviewed exceptions of rules that can be excepted (the schema reports the rest). */
function readExceptions(data: unknown): Exception[] {
  const list = (data as { 'reviewed-exceptions'?: unknown } | undefined)?.['reviewed-exceptions'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const { rule, text, reason } = (item ?? {}) as Record<string, unknown>;
    if (typeof rule !== 'string' || !(EXCEPTABLE_RULES as readonly string[]).includes(rule)) return [];
    if (typeof text !== 'string' || typeof reason !== 'string') return [];
    return [
      { rule, text: collapse(text.normalize('NFKC')).trim(), reason: collapse(reason).trim(), index, used: false },
    ];
  });
}
