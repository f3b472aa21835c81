/**
 * People a reflective essay names who are not patients or colleagues: the theorists behind the
 * reflective models and learning theories the library's writers lean on, and (added per piece) the
 * authors of the works it cites. A name found here is never reported as a person's name, and an
 * academic title with it ("Professor Kolb") is not a patient either.
 */

/** Surnames of well-known theorists of reflection, learning and teamwork (lower case, as compared). */
export const THEORISTS: readonly string[] = [
  'argyris', 'bandura', 'belbin', 'benner', 'biggs', 'borton', 'boud', 'brookfield', 'bruner', 'carper', 'dewey', 'driscoll', 'dreyfus', 'engeström', 'engestrom', 'eraut', 'freire', 'gagné', 'gagne', 'gibbs', 'habermas', 'illeris', 'johns', 'knowles', 'kolb', 'lave', 'lewin', 'maslow', 'mezirow', 'mumford', 'piaget', 'polanyi', 'rolfe', 'schön', 'schon', 'schoen', 'senge', 'tuckman', 'vygotsky', 'wenger', 'wenger-trayner', 'nightingale', 'seacole', 'peplau', 'leininger', 'edmondson', 'freeth', 'hammick', 'thistlethwaite', 'oandasan', "d'amour", 'tajfel', 'goffman', 'foucault', 'bourdieu', 'ghaye', 'fook', 'ericsson', 'herzberg', 'kotter', 'kirkpatrick',
];

/** A set of names (lower case) that are not patients: the theorists plus any the caller adds. */
export function knownNames(extra: Iterable<string> = []): ReadonlySet<string> {
  const set = new Set<string>(THEORISTS);
  for (const name of extra) {
    const clean = name.trim().toLowerCase().replace(/’/g, "'");
    if (clean) set.add(clean);
  }
  return set;
}

export const DEFAULT_KNOWN_NAMES = knownNames();
