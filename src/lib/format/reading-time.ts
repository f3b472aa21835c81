/**
 * Reading time of a piece's text, at an unhurried 200 words a minute, never less than one minute.
 * Counted on the MDX source as written, without parsing it (a parse per card costs more than the
 * rest of the card at thousands of essays): what a reader does not read is blanked out first.
 */
import { CITATION_KEY } from '../citations/citation-key.ts';

export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A bracketed citation, or an author-in-text `@key`. */
const CITATIONS = new RegExp(String.raw`\[@[^\]]*\]|@${CITATION_KEY}`, 'g');

/**
 * The words of an MDX body a reader reads: without component tags and their attributes, `{…}`
 * expressions and comments, link and image addresses, or citations such as [@key]. Each pattern is
 * a negated character class, so matching stays linear however the text is written.
 */
export function readableText(body: string): string {
  return body
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\]\([^()]*\)/g, '] ')
    .replace(CITATIONS, ' ');
}

const minutesByBody = new Map<string, number>();

/** Minutes to read an MDX body (remembered: every listing of a piece asks again). */
export function readingMinutes(body: string): number {
  let minutes = minutesByBody.get(body);
  if (minutes === undefined) {
    minutes = Math.max(1, Math.round(countWords(readableText(body)) / WORDS_PER_MINUTE));
    minutesByBody.set(body, minutes);
  }
  return minutes;
}
