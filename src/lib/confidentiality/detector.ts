/**
 * The shape every detector shares. A detector reads normalised text (see normalise.ts: one space
 * between words, NFKC, no zero-width characters) and yields candidate findings; find-identifiers.ts
 * runs them in priority order and keeps the first claim on each stretch of text.
 */
import type { ConfidentialityRule } from './rules.ts';

export interface Candidate {
  rule: ConfidentialityRule;
  start: number;
  end: number;
}

export interface DetectContext {
  /** Names (lower case) that are not patients: theorists and the piece's cited authors. */
  knownNames: ReadonlySet<string>;
}

export type Detector = (text: string, context: DetectContext) => Iterable<Candidate>;

/** Run a global regular expression and yield one candidate per accepted match. */
export function* matches(
  text: string,
  pattern: RegExp,
  decide: (match: RegExpExecArray) => ConfidentialityRule | undefined | Candidate | Candidate[],
): Iterable<Candidate> {
  for (const match of text.matchAll(pattern)) {
    const result = decide(match as RegExpExecArray);
    if (!result) continue;
    if (typeof result === 'string') yield { rule: result, start: match.index, end: match.index + match[0].length };
    else if (Array.isArray(result)) yield* result;
    else yield result;
  }
}

/** Number words from one to one hundred and nineteen, as a pattern ("eighty-seven", "eighty seven"). */
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const NUMBER_WORD = `(?:(?:a |one )?hundred(?: and)?[ -])?(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS})`;

/** The value of a number word phrase ("eighty-seven" is 87), or NaN. */
export function numberWordValue(phrase: string): number {
  const words = phrase
    .toLowerCase()
    .split(/[- ]+/)
    .filter((w) => w !== 'and' && w !== 'a');
  const units = UNITS.split('|');
  const teens = TEENS.split('|');
  const tens = TENS.split('|');
  let total = 0;
  for (const word of words) {
    if (word === 'hundred') total += 100;
    else if (word === 'one' && words.length > 1 && words[words.indexOf(word) + 1] === 'hundred') continue;
    else if (units.includes(word)) total += units.indexOf(word) + 1;
    else if (teens.includes(word)) total += teens.indexOf(word) + 10;
    else if (tens.includes(word)) total += (tens.indexOf(word) + 2) * 10;
    else return Number.NaN;
  }
  return total;
}

/** Up to ninety-nine in words, for the second half of a spoken year ("forty-one", "oh five"). */
const TWO_DIGITS = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|oh[ -](?:${UNITS}))`;
/** A year said aloud: "nineteen forty-one", "nineteen hundred", "two thousand and three", "twenty twelve". */
export const YEAR_WORD = `(?:(?:eighteen|nineteen) (?:hundred(?: and (?:${TWO_DIGITS}|${UNITS}))?|${TWO_DIGITS})|two thousand(?:(?: and)? (?:${TWO_DIGITS}|${UNITS}))?|twenty (?:${TWO_DIGITS}))`;

/** The value of a spoken year ("nineteen forty-one" is 1941), or NaN. */
export function yearWordValue(phrase: string): number {
  const words = phrase.toLowerCase().trim().split(/[- ]+/);
  if (words[0] === 'two' && words[1] === 'thousand')
    return 2000 + (words.length > 2 ? numberWordValue(words.slice(2).join(' ')) : 0);
  const century = numberWordValue(words[0] ?? '') * 100;
  const rest = words.slice(1).filter((w) => w !== 'oh');
  if (rest[0] === 'hundred') return century + (rest.length > 1 ? numberWordValue(rest.slice(1).join(' ')) : 0);
  return century + numberWordValue(rest.join(' '));
}

/**
 * Where the sentence holding `index` starts: just after the last ". ", "! ", "? " or line break before
 * it, looking back at most `limit` characters (the start of that window if there is none).
 */
export function sentenceStart(text: string, index: number, limit = index): number {
  const from = Math.max(0, index - limit);
  const before = text.slice(from, index);
  return (
    from +
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) +
    1
  );
}
