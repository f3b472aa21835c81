/**
 * Fields the site shows as plain text and hands to other programs as text (a glossary entry's term,
 * expansion and definition: the glossary page, margin notes, abbreviations and search records). A tag
 * or a character reference in one is never meant: the page would show it as written, and Pagefind's
 * excerpts are HTML, in which a reference such as `&lt;` becomes a character. So the check refuses
 * both (src/lib/check/rules/glossary.ts), and the search index refuses a record holding either
 * (src/integrations/search-index.ts), whatever let it through.
 */

/** A tag's start (`<img`, `</b`, `<!--`, `<?`) or a character reference (`&lt;`, `&#60;`, `&#x3c;`). */
const MARKUP = /<\/?[A-Za-z][\w:-]*|<!(?:--)?|<\?|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

export interface MarkupFound {
  /** Where it starts in the text. */
  index: number;
  /** What was found, e.g. "<img" or "&lt;". */
  found: string;
}

/** The first tag or character reference in a text meant to be plain, if any. */
export function findMarkup(text: string): MarkupFound | undefined {
  const match = MARKUP.exec(text);
  return match ? { index: match.index, found: match[0] } : undefined;
}
