/**
 * Score the confidentiality detectors on a labelled corpus (tests/fixtures/confidentiality/*.tsv: one
 * "category<TAB>sentence" a line). A sentence of a category counts as caught when a finding of that
 * category is reported (as an error, for numbers, contacts, postcodes and dates); an innocent sentence
 * ("none") counts as a false positive when anything is reported.
 */
import { readFileSync } from 'node:fs';
import { findIdentifiers } from '../../src/lib/confidentiality/find-identifiers.ts';
import { RULES } from '../../src/lib/confidentiality/rules.ts';

export interface CorpusLine {
  category: string;
  sentence: string;
}

export interface CategoryScore {
  category: string;
  total: number;
  hits: number;
  /**
   * The issue's own measure: identifying sentences the check refuses or warns about under any rule (an
   * error for numbers, contacts, postcodes and dates; a number reported as a telephone number is still
   * refused). Innocent sentences: the same as `total - hits`.
   */
  flagged: number;
  /** Sentences that were not scored as expected, with what was found. */
  misses: Array<{ sentence: string; found: string[] }>;
}

const MUST_BE_ERRORS = new Set(['health-number', 'record-number', 'contact', 'postcode', 'date']);

export function readCorpus(file: string): CorpusLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [category = '', ...rest] = line.split('\t');
      return { category, sentence: rest.join('\t') };
    });
}

export function scoreCorpus(lines: readonly CorpusLine[]): CategoryScore[] {
  const scores = new Map<string, CategoryScore>();
  for (const { category, sentence } of lines) {
    const score = scores.get(category) ?? { category, total: 0, hits: 0, flagged: 0, misses: [] };
    scores.set(category, score);
    score.total++;
    const findings = findIdentifiers(sentence);
    const found = findings.map(
      (f) => `${f.rule.replace('confidentiality/', '')} "${f.text}"${f.severity === 'error' ? '' : ` (${f.severity})`}`,
    );
    const ok =
      category === 'none'
        ? findings.length === 0
        : findings.some(
            (f) =>
              RULES[f.rule].category === category &&
              (!MUST_BE_ERRORS.has(category) || f.severity === 'error') &&
              (category !== 'date' || f.severity === 'error'),
          );
    if (
      category === 'none'
        ? findings.length > 0
        : findings.some((f) => !MUST_BE_ERRORS.has(category) || f.severity === 'error')
    )
      score.flagged++;
    if (ok) score.hits++;
    else score.misses.push({ sentence, found });
  }
  return [...scores.values()];
}

/** The printed table: detection per category, false positives on innocent prose, and every miss. */
export function formatScores(title: string, scores: readonly CategoryScore[]): string {
  const lines = [`${title}`];
  const identifying = scores.filter((s) => s.category !== 'none');
  const innocent = scores.find((s) => s.category === 'none');
  for (const s of identifying)
    lines.push(
      `  ${s.category.padEnd(14)} flagged ${String(s.hits).padStart(3)}/${String(s.total).padEnd(3)} ${percent(s.hits, s.total)}`,
    );
  const hits = identifying.reduce((n, s) => n + s.hits, 0);
  const total = identifying.reduce((n, s) => n + s.total, 0);
  lines.push(`  ${'all identifying'.padEnd(14)} flagged ${hits}/${total} ${percent(hits, total)}`);
  const flagged = identifying.reduce((n, s) => n + s.flagged, 0);
  lines.push(
    `  ${'flagged at all'.padEnd(14)} ${flagged}/${total} ${percent(flagged, total)} (under any rule; errors for numbers, contacts, postcodes, dates)`,
  );
  if (innocent) {
    const flagged = innocent.total - innocent.hits;
    lines.push(
      `  ${'innocent'.padEnd(14)} flagged ${flagged}/${innocent.total} ${percent(flagged, innocent.total)} (false positives)`,
    );
  }
  for (const s of scores)
    for (const miss of s.misses)
      lines.push(
        `  ${s.category === 'none' ? 'false positive' : `missed ${s.category}`}: ${miss.sentence}  [${miss.found.join('; ') || 'nothing found'}]`,
      );
  return lines.join('\n');
}

export const percent = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`;

export function rates(scores: readonly CategoryScore[]): { detection: number; falsePositive: number } {
  const identifying = scores.filter((s) => s.category !== 'none');
  const innocent = scores.find((s) => s.category === 'none');
  const hits = identifying.reduce((n, s) => n + s.hits, 0);
  const total = identifying.reduce((n, s) => n + s.total, 0);
  return {
    detection: total ? hits / total : 0,
    falsePositive: innocent && innocent.total ? (innocent.total - innocent.hits) / innocent.total : 0,
  };
}
