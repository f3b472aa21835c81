/**
 * A title as it reads inside a sentence: "All 4 IPEC competencies", "3 learner levels". Each word's
 * first letter is lower-cased, except in abbreviations and acronyms (two or more capitals, such as
 * IPEC, CIHC or NHS), which keep their capitals; String.toLowerCase() would print "ipec competencies".
 */
export function titleInSentence(title: string): string {
  return title.replace(/[\p{L}\p{N}'’-]+/gu, (word) =>
    isAbbreviation(word) ? word : word.charAt(0).toLowerCase() + word.slice(1),
  );
}

/** Two or more capitals (digits allowed, "AHPs" counts): an abbreviation to print as written. */
function isAbbreviation(word: string): boolean {
  return (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * A name as it reads after a word such as "Compiled by": a leading "The" before an ordinary noun is
 * an article, so it is lower-cased ("Compiled by the library's editors"); before a capitalised word
 * it is part of a proper name and kept ("Compiled by The King's Fund").
 */
export function nameInSentence(name: string): string {
  return name.replace(/^The(?=\s+\p{Ll})/u, 'the');
}
