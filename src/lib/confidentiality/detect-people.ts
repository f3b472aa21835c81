/**
 * People named in prose: a title with a surname or initials ("Mrs O'Brien", "Mr de Souza", "Mr J.S.",
 * "Dr J. Smith-Jones"), and personal names ("The patient, John Smith, ...", "I'll call her Priya").
 *
 * Names come from compromise's lexicon (name-lexicon.ts): a given name it knows followed by a capitalised
 * word is a full name; a given name it knows, on its own, is a name unless it is also a place or a
 * month. Names it does not know are found by what introduces them ("called Priya", "the patient,
 * Priya Raman,"). Theorists and the piece's cited authors (DetectContext.knownNames) are never
 * patients, and an academic title with one of them ("Professor Kolb") is a citation, not a person in
 * the story. "Mr A" and "Patient X", the usual anonymised forms, are not names.
 */
import { type Detector, matches } from './detector.ts';
import { isFamousPerson, wordFacts } from './name-lexicon.ts';

const PARTICLE = String.raw`(?:(?:de|da|di|du|del|della|van|von|der|den|le|la|al|el|bin|ibn|ap|ter|St\.?|Ó|Ní|Nic|Ua|Mac)[ -])`;
/** One name word: capitalised, with apostrophes and hyphens ("O'Brien", "Smith-Jones", "McDonald"). */
const NAME_WORD = String.raw`(?:[A-ZÀ-ÖØ-Þ](?:['’][A-ZÀ-ÖØ-Þ])?[a-zà-öø-ÿ]+(?:[A-Z][a-zà-öø-ÿ]+)?(?:[-'’][A-Z]?[a-zà-öø-ÿ]+)*)`;
const SURNAME = String.raw`(?:${PARTICLE}{0,2}${NAME_WORD})`;
const INITIALS = String.raw`(?:[A-Z]\.? ?){1,3}`;

const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|Sister|Matron|Nurse|Rev|Revd|Reverend|Father|Fr|Sr|Lady|Lord|Sir|Dame|Master|Madam|Mme|Mlle|Mister|Missus';
const ACADEMIC = /^(?:Dr|Prof|Professor|Doctor)\.?$/;
/** Titles that are also ordinary words at the start of a sentence ("Nurse Education Today", "Sister wards"). */
const WORD_TITLES = /^(?:Sister|Matron|Nurse|Father|Lady|Lord|Master|Madam|Doctor)$/;

const TITLE_NAME = new RegExp(
  String.raw`(?<![\w])(?<title>${TITLES})\.? (?:(?<initials>${INITIALS})(?:(?<surname1>${SURNAME})|(?=[ .,;:!?)]|$))|(?<surname2>${SURNAME}))(?![\w])`,
  'g',
);

/** Endings of ordinary English words; a capitalised word with one is rarely a surname after "Nurse". */
const COMMON_ENDING = /(?:tion|sion|ment|ness|ity|ing|ics|ogy|ship|ists?|ary|ive|ives|al|ance|ence|ians?|ers|ors|ism|ure|ed)$/;

function looksLikeSurname(word: string): boolean {
  const facts = wordFacts(word);
  if (facts.lastName || facts.firstName) return true;
  if (facts.common || facts.place) return false;
  return !COMMON_ENDING.test(word.toLowerCase());
}

export const detectTitleSurnames: Detector = (text, { knownNames }) =>
  matches(text, TITLE_NAME, (m) => {
    const { title = '', initials, surname1, surname2 } = m.groups ?? {};
    const surname = (surname1 ?? surname2 ?? '').trim();
    const letters = (initials ?? '').replace(/[^A-Z]/g, '');
    // "Mr A", "Mrs X": a single initial on its own is how anonymised writing refers to people.
    if (!surname && letters.length < 2) return undefined;
    const lastWord = surname.split(/[ -]/).pop() ?? '';
    // "Professor Schön's model": a possessive is the same known name.
    const known = (name: string) => knownNames.has(name.toLowerCase().replace(/['’]s$/, ''));
    if (surname && ACADEMIC.test(title) && (known(surname) || known(lastWord))) return undefined;
    if (surname && WORD_TITLES.test(title) && !initials && !looksLikeSurname(lastWord)) return undefined;
    // "Dr Foster Intelligence" is an organisation; "Dr Smith Jones" a double-barrelled name: keep the title and surname only.
    return 'confidentiality/title-surname';
  });

/** Words that introduce a name in a story: "called Priya", "her name was Priya", "the patient, Priya Raman,". */
const INTRODUCED = new RegExp(
  String.raw`(?<![\w])(?:(?:called|named|name (?:is|was)|known as|introduced (?:herself|himself|themselves) as|call (?:her|him|them)|I'll call (?:her|him|them)|I will call (?:her|him|them))|(?:patient|client|resident|service user|man|woman|lady|gentleman|boy|girl|mother|father|wife|husband|son|daughter|partner|relative|colleague|student|nurse|doctor|consultant|registrar|HCA|healthcare assistant|physiotherapist|pharmacist|midwife|porter|carer|paramedic|therapist|GP),) (?<name>${NAME_WORD}(?: ${SURNAME})?)(?![\w])`,
  'g',
);

export const detectIntroducedNames: Detector = (text, { knownNames }) =>
  matches(text, INTRODUCED, (m) => {
    const name = m.groups?.name ?? '';
    const words = name.split(' ');
    if (words.some((w) => knownNames.has(w.toLowerCase()))) return undefined;
    if (words.length === 1 && (wordFacts(name).common || wordFacts(name).place)) return undefined;
    const start = m.index + m[0].length - name.length;
    return { rule: 'confidentiality/person-name', start, end: start + name.length };
  });

const CAPITALISED_RUN = new RegExp(String.raw`(?<![\w'’-])${NAME_WORD}(?: ${SURNAME}){0,2}(?![\w'’-])`, 'g');

const MONTHS_AND_DAYS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Given names from compromise's lexicon, with or without a surname after them. The first word of a
 * sentence is judged like any other: a sentence that begins "Margaret asked" names Margaret.
 */
export const detectPersonNames: Detector = (text, { knownNames }) =>
  matches(text, CAPITALISED_RUN, (m) => {
    const words = m[0].split(' ');
    // Find the first given name in the run; what follows it (if capitalised) is its surname.
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const bare = word.replace(/['’]s$/, '');
      const facts = wordFacts(bare);
      if (!facts.firstName || MONTHS_AND_DAYS.test(bare)) continue;
      const rest = words.slice(i + 1);
      const surname = rest.length ? rest.join(' ') : '';
      const lastWord = (rest[rest.length - 1] ?? '').replace(/['’]s$/, '');
      if (lastWord && (knownNames.has(lastWord.toLowerCase()) || knownNames.has(surname.toLowerCase()))) return undefined;
      if (isFamousPerson(`${bare} ${surname}`.trim().toLowerCase())) return undefined;
      if (!surname) {
        // A given name on its own: not a theorist ("Dewey"), a place, a common word or an organisation's first word.
        if (knownNames.has(bare.toLowerCase()) || facts.place || facts.common) return undefined;
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (/^ [A-Z&]/.test(next)) return undefined;
        // "Skip to content", "Mark the chart": a name-like verb starting a sentence, before its object.
        const sentenceStart = m.index === 0 || /[.!?:;] $/.test(text.slice(Math.max(0, m.index - 2), m.index));
        if (i === 0 && sentenceStart && /^ (?:the|a|an|to|this|that|these|those|your|my|our|their|it|up|out|down|off|all|each|every)\b/.test(next)) return undefined;
      } else if (rest.some((w) => wordFacts(w.replace(/['’]s$/, '')).place || (wordFacts(w).common && !wordFacts(w).lastName))) {
        // "Grace Street", "the Francis Report": a given name followed by an ordinary word names a thing, not a person.
        return undefined;
      }
      const start = m.index + words.slice(0, i).join(' ').length + (i ? 1 : 0);
      const end = m.index + m[0].replace(/['’]s$/, '').length;
      return { rule: 'confidentiality/person-name', start, end };
    }
    return undefined;
  });
