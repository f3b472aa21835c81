/**
 * People a reflective essay names who are not patients or colleagues: the theorists behind the
 * reflective models and learning theories the library's writers lean on, and (added per piece) the
 * authors of the works it cites. A name found here is never reported as a person's name, and an
 * academic title with it ("Professor Kolb") is not a patient either.
 */

/** Surnames of well-known theorists of reflection, learning and teamwork (lower case, as compared). */
export const THEORISTS: readonly string[] = [
  'argyris', 'bandura', 'belbin', 'benner', 'biggs', 'borton', 'boud', 'brookfield', 'bruner', 'carper', 'dewey', 'driscoll', 'dreyfus', 'engeström', 'engestrom', 'eraut', 'freire', 'gagné', 'gagne', 'gibbs', 'habermas', 'illeris', 'johns', 'knowles', 'kolb', 'lave', 'lewin', 'maslow', 'mezirow', 'mumford', 'piaget', 'polanyi', 'rolfe', 'schön', 'schon', 'schoen', 'senge', 'tuckman', 'vygotsky', 'wenger', 'wenger-trayner', 'nightingale', 'seacole', 'peplau', 'leininger', 'edmondson', 'freeth', 'hammick', 'thistlethwaite', 'oandasan', "d'amour", 'tajfel', 'goffman', 'foucault', 'bourdieu', 'ghaye', 'fook', 'ericsson', 'herzberg', 'kotter', 'kirkpatrick', 'roper', 'orem',
];

/**
 * Public figures of health care's history and of patient-safety campaigns, by full name (lower case).
 * A surname alone is not enough (a patient can be a Saunders or a Fry); the whole name, with or without
 * a title, names the public figure.
 */
export const PUBLIC_FIGURES: readonly string[] = [
  'florence nightingale', 'mary seacole', 'cicely saunders', 'elizabeth fry', 'edith cavell', 'aneurin bevan', 'nye bevan', 'kate granger',
  'elizabeth garrett anderson', 'elizabeth blackwell', 'sophia jex-blake', 'james barry', 'john snow', 'joseph lister', 'edward jenner',
  'ignaz semmelweis', 'william osler', 'archie cochrane', 'virginia henderson', 'dorothea orem', 'hildegard peplau', 'nancy roper',
  'jean watson', 'martha rogers', 'clara barton', 'ethel bedford fenwick', 'agnes jones', 'sister dora', 'elsie inglis', 'marie curie',
  'alexander fleming', 'william harvey', 'hippocrates', 'robert francis', 'don berwick', 'donald berwick', 'atul gawande', 'james reason',
  'elaine bromiley', 'martin bromiley', 'julie bailey', 'bill kirkup', 'harold shipman', 'beverley allitt', 'victoria climbié',
  'peter connelly', 'lucy letby', 'tommy douglas', 'emily stowe', 'norman bethune', 'frederick banting', 'charles best', 'wilder penfield',
  'jeanne mance', 'william beveridge', 'julian tudor hart', 'victoria gillick', 'jean-dominique bauby', 'henrietta lacks', 'clive wearing', 'phineas gage',
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

/**
 * Diseases and signs named after people, in the possessive ("Alzheimer's", "Crohn's disease"): a
 * condition, not a person.
 */
export const EPONYMS: readonly string[] = [
  'alzheimer', 'parkinson', 'crohn', 'huntington', 'addison', 'cushing', 'hodgkin', 'asperger', 'raynaud', 'tourette', 'ménière', 'meniere',
  'paget', 'bell', 'down', 'graves', 'hashimoto', 'kawasaki', 'duchenne', 'sjögren', 'sjogren', 'wernicke', 'korsakoff', 'guillain', 'bright',
  'legionnaire', 'munchausen', 'barrett', 'conn', 'kaposi', 'wilson', 'lyme', 'still', 'marfan', 'ehlers', 'pick', 'lewy',
];
