/** Reading time of a piece's text, at an unhurried 200 words a minute, never less than one minute. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read a parsed body; citations such as [@key] are not words a reader reads. */
export function readingMinutes(tree: Root): number {
  const text = toString(tree).replace(/\[@[^\]]*\]|@[a-z][a-z0-9_]*/g, ' ');
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}
