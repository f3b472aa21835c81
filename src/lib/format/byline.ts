/**
 * How an essay's author is named. A named author reads "Jane Doe, Medical student"; an author who
 * chose to stay anonymous is named by role, as a reader would say it: "A medical student" on its own
 * (a listing, search results) and "a medical student" after "By" or "for the essay by" (issue 17:
 * "By Medical student" read as if the role were a name).
 */

export interface Byline {
  /** Standing alone, at the start of a line: "A medical student", or "Jane Doe, Medical student". */
  alone: string;
  /** Within a sentence, after "by": "a medical student", or "Jane Doe, Medical student". */
  after: string;
}

/** "Medical student" -> "medical student"; an acronym or a name ("NHS manager", "GP") keeps its capitals. */
function lowerFirst(role: string): string {
  const [first = '', second = ''] = role;
  return second && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + role.slice(1)
    : role;
}

/** "a" or "an" as said before a word: by its first letter, with the letters of an acronym said by name. */
function article(phrase: string): 'a' | 'an' {
  const word = phrase.split(/\s/)[0] ?? '';
  const acronym = word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word);
  if (acronym) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  return /^[aeiou]/i.test(word) && !/^(uni|use|usu|eu|one)/i.test(word) ? 'an' : 'a';
}

export function essayByline(author: { name: string; role: string }, anonymous: boolean): Byline {
  if (!anonymous) {
    const named = `${author.name}, ${author.role}`;
    return { alone: named, after: named };
  }
  const role = lowerFirst(author.role.trim());
  const after = `${article(role)} ${role}`;
  return { alone: after.charAt(0).toUpperCase() + after.slice(1), after };
}
