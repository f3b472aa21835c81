/**
 * Titles are stored in sentence case ("Understanding the impact of collaboration: A case report"),
 * keeping proper nouns and acronyms, as Zotero and the CSL styles expect: a style can raise sentence
 * case to title case, but never lower a title typed in Title Case. This spots a title that looks as if
 * it was stored in Title Case, for a warning (it cannot tell a proper noun from a capitalised word).
 */

/** Short words Title Case leaves in lower case: they say nothing about the case of a title. */
const MINOR = new Set(
  'a about across after against among an and as at before between but by for from in into nor of on onto or over per than the through to toward towards under up upon versus via vs with within without'.split(
    ' ',
  ),
);

/**
 * True when every one of a title's ordinary words (not the first word of the title or of a subtitle,
 * not short words, not acronyms or words with digits) starts with a capital, and there are at least
 * four of them. A sentence-case title full of proper nouns still has a lower-case word somewhere.
 */
export function looksLikeTitleCase(title: string): boolean {
  // Subtitles start after a colon, question mark, full stop or dash: their first word is capitalised in sentence case too.
  const words = title.split(/(?<=[:?!.]|\s[-–—])\s+/).flatMap((clause) => clause.split(/\s+/).slice(1));
  const judged = words
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(
      (word) => word.length > 1 && !MINOR.has(word.toLowerCase()) && !/\d/.test(word) && word !== word.toUpperCase(),
    );
  if (judged.length < 4) return false;
  const capitalised = judged.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised === judged.length;
}
