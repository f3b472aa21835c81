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
import { isGeneric } from './detect-places.ts';
import { isCityOrRegion, isFamousPerson, MONTH_OR_DAY, wordFacts } from './name-lexicon.ts';

const PARTICLE = String.raw`(?:(?:de|da|di|du|del|della|van|von|der|den|le|la|al|el|bin|ibn|ap|ter|St\.?|Ó|Ní|Nic|Ua|Mac)[ -]|d['’](?=[A-Z]))`;
/** One name word: capitalised, with apostrophes and hyphens ("O'Brien", "Smith-Jones", "McDonald"). */
/**
 * Capitals and small letters of the Latin script with its extensions ("Małgorzata Zielińska",
 * "Kovačević", "Nguyễn"): explicit ranges, not Unicode properties, which cost twice as much per
 * character scanned. The extended blocks mix both cases, so they count as either.
 */
const CAP = 'A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ';
const SMALL = 'a-zß-öø-ÿĀ-ſƀ-ɏḀ-ỿ';
const NAME_WORD = String.raw`(?:[${CAP}](?:['’][${CAP}])?[${SMALL}]+(?:[A-Z][${SMALL}]+)?(?:[-'’][${CAP}]?[${SMALL}]+)*)`;
/** Not after a letter, digit or hyphen, nor an apostrophe inside a word: the start of a word (a quotation mark may open it: "'Bryony Fetherstonhaugh'"). */
const WORD_START = String.raw`(?<![\w${SMALL}${CAP}-])(?<![\w${SMALL}${CAP}]['’])`;
const WORD_END = String.raw`(?![\w${SMALL}${CAP}-])(?!['’][\w${SMALL}${CAP}])`;
const SURNAME = String.raw`(?:${PARTICLE}{0,2}${NAME_WORD})`;
const INITIALS = String.raw`(?:[A-Z]\.?-? ?){1,3}`;

const TITLES =
  'M\\.|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|Sister|Matron|Nurse|Rev|Revd|Reverend|Father|Fr|Sr|Lady|Lord|Sir|Dame|Master|Madam|Mme|Mlle|Mister|Missus';
const ACADEMIC = /^(?:Dr|Prof|Professor|Doctor)\.?$/;
/** Titles that are also ordinary words at the start of a sentence ("Nurse Education Today", "Sister wards"). */
const WORD_TITLES = /^(?:Sister|Matron|Nurse|Father|Lady|Lord|Master|Madam|Doctor)$/;

const TITLE_NAME = new RegExp(
  String.raw`(?<![\w])(?<title>${TITLES})\.? (?:(?<initials>${INITIALS})(?:(?<surname1>${SURNAME})|(?=[ .,;:!?)]|$))|(?<surname2>${SURNAME}))(?![\w${SMALL}])`,
  'g',
);

/** Endings of ordinary English words; a capitalised word with one is rarely a surname after "Nurse" ("-hary" ends surnames: "Chaudhary"). */
const COMMON_ENDING =
  /(?:tion|sion|ment|ness|ity|ing|ics|ogy|ship|ists?|(?<!h)ary|ive|ives|al|ance|ence|ians?|ers|ors|ism|ure|ed)$/;

function looksLikeSurname(word: string): boolean {
  const facts = wordFacts(word);
  if (facts.lastName || facts.firstName) return true;
  if (facts.common || facts.place || facts.tags.includes('Organization')) return false;
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

/** "mrs o'sullivan in bay 2": hurried notes in lower case; the word after the title must not be an ordinary word. */
const LOWER_TITLE_NAME = /(?<![\w])(?:mr|mrs|ms|miss)\.? (?<surname>[a-z][a-z'’-]{2,}(?:-[a-z]+)?)(?![\w'’-])/g;

export const detectLowerCaseTitleSurnames: Detector = (text, { knownNames }) =>
  matches(text, LOWER_TITLE_NAME, (m) => {
    const surname = m.groups?.surname ?? '';
    const facts = wordFacts(surname.replace(/['’]s$/, ''));
    if (
      knownNames.has(surname) ||
      (facts.common && !facts.lastName) ||
      (!facts.lastName && !facts.firstName && !/^(?:o['’]|mc|mac)/.test(surname) && COMMON_ENDING.test(surname))
    )
      return undefined;
    return 'confidentiality/title-surname';
  });

/**
 * "GRIFFITHS-BOWEN, Eirlys", "WIŚNIEWSKA, Agnieszka": a surname in capitals, a comma and a given name, as
 * wristbands and lists print them; "WONG Siu-Ming": the same without the comma, when the given name is
 * one (the lexicon's, or hyphenated like many transliterated given names) and the capitals hold a vowel,
 * as acronyms before a word seldom do ("NMC Code", "BNF Children").
 */
const CAPS_SURNAME_FIRST = new RegExp(
  String.raw`${WORD_START}(?<surname>[${CAP}]{2,}(?:[-'’][${CAP}]{2,})*)(?<comma>,?) (?<given>${NAME_WORD})${WORD_END}`,
  'gu',
);

export const detectCapitalisedSurnames: Detector = (text, { knownNames }) =>
  matches(text, CAPS_SURNAME_FIRST, (m) => {
    const { surname = '', comma, given = '' } = m.groups ?? {};
    // "NICE, Public Health England", "COVID, Flu": an acronym before an ordinary word is not a name.
    const facts = wordFacts(given);
    if (
      knownNames.has(surname.toLowerCase()) ||
      (facts.common && !facts.firstName) ||
      facts.place ||
      (!facts.firstName && given.length < 4)
    )
      return undefined;
    if (surname.length <= 4 && !wordFacts(surname).lastName && (!comma || surname.length < 3)) return undefined;
    if (!comma && (!/[AEIOUY]/.test(surname) || facts.common || !(facts.firstName || given.includes('-'))))
      return undefined;
    return 'confidentiality/person-name';
  });

/** "Tomasz W in bay 2": a given name and an initial before a bed or bay, as students text each other. */
const NAME_INITIAL_IN_BED = new RegExp(
  String.raw`${WORD_START}(?<name>${NAME_WORD} [A-Z])(?= in (?:bed|bay|side ?room|room|cubicle|resus)\b)`,
  'gi',
);

export const detectNameInitialInBed: Detector = (text, { knownNames }) =>
  matches(text, NAME_INITIAL_IN_BED, (m) => {
    const first = (m.groups?.name ?? '').split(' ')[0] ?? '';
    const facts = wordFacts(first);
    if (
      !/^[A-Z]/.test(first) ||
      knownNames.has(first.toLowerCase()) ||
      (facts.common && !facts.firstName) ||
      facts.place
    )
      return undefined;
    return 'confidentiality/person-name';
  });

/** "bed 4 – dorothy – 2x assist": a given name in lower case between dashes in handover notes after a bed or bay. */
const HANDOVER_NAME =
  /(?<=\b(?:bed|bay|side room|cubicle|room) \w{1,3} ?[–—:-] ?)(?<name>[a-z][a-z'’-]{2,})(?= ?[–—:,-])/gi;

export const detectHandoverNames: Detector = (text) =>
  matches(text, HANDOVER_NAME, (m) => {
    const facts = wordFacts(m[0]);
    return facts.firstName && !facts.common ? 'confidentiality/person-name' : undefined;
  });

/** Words that introduce a name in a story: "called Priya", "her name was Priya", "the patient, Priya Raman,". */
const INTRODUCED = new RegExp(
  String.raw`(?<![\w])(?:(?:called|named|name (?:is|was)|known as|introduced (?:herself|himself|themselves) as|[Cc]all(?:ed|s)? (?:her|him|them|me)(?: ['"‘“])?|I'll call (?:her|him|them)|I will call (?:her|him|them))|(?:patient|client|resident|service user|man|woman|lady|gentleman|boy|girl|mother|father|wife|husband|son|daughter|partner|relative|colleague|student|nurse|doctor|consultant|registrar|HCA|healthcare assistant|physiotherapist|pharmacist|midwife|porter|carer|paramedic|therapist|GP),) (?<name>${NAME_WORD}(?: ${SURNAME})?)(?![\w${SMALL}])`,
  'g',
);

export const detectIntroducedNames: Detector = (text, { knownNames }) =>
  matches(text, INTRODUCED, (m) => {
    const name = m.groups?.name ?? '';
    const words = name.split(' ');
    if (words.some((w) => PRODUCT_CASE.test(w))) return undefined;
    if (words.some((w) => knownNames.has(w.toLowerCase()))) return undefined;
    if (words.length === 1 && (wordFacts(name).common || wordFacts(name).place)) return undefined;
    // "the midwife, Radio 2 on": a word and a number name a thing ("Radio 2", "Channel 4"), not a person.
    if (/^ \d/.test(text.slice(m.index + m[0].length))) return undefined;
    const start = m.index + m[0].length - name.length;
    return { rule: 'confidentiality/person-name', start, end: start + name.length };
  });

/**
 * A name in a form's fields, as copied from a label or a record: "Surname: Abernethy", "first name -
 * Callum", "Patient name: Sam Okafor". The field's label says it is a name whatever the word is.
 */
const NAME_FIELD = new RegExp(
  String.raw`(?<![\w])(?:sur ?name|last name|family name|first name|forenames?|given names?|christian name|middle names?|maiden name|full name|(?:patient|client|resident|service user|NOK|next of kin)['’]?s? name)s? ?[:=–-] ?(?<name>${NAME_WORD}(?: ${SURNAME}){0,2})(?![\w${SMALL}])`,
  'gi',
);

export const detectNameFields: Detector = (text, { knownNames }) =>
  matches(text, NAME_FIELD, (m) => {
    const name = m.groups?.name ?? '';
    // The pattern ignores case for its labels; a name still starts with a capital.
    if (!new RegExp(`^[${CAP}]`).test(name) || name.split(' ').every((w) => knownNames.has(w.toLowerCase())))
      return undefined;
    const start = m.index + m[0].length - name.length;
    return { rule: 'confidentiality/person-name', start, end: start + name.length };
  });

const CAPITALISED_RUN = new RegExp(String.raw`${WORD_START}${NAME_WORD}(?: ${SURNAME}){0,2}${WORD_END}`, 'g');

const SAINT_BEFORE = /(?:^|[^\w])(?:St\.?|Saint) $/;
/** "used a Sara Stedy", "an Ambu bag": a name after an indefinite article names a thing. */
const ARTICLE_BEFORE = /(?:^|[^\w])(?:a|an|the) $/i;

const MONTHS_AND_DAYS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** What follows a word that is being explained: "Lola is Tagalog for grandmother", "Lola and Lolo are the Tagalog words for". */
const WORD_EXPLAINED =
  /^(?: (?:and|or) \p{Lu}\p{Ll}+)? (?:is|are|means?) (?:the )?(?:\p{Lu}\p{Ll}+ )?(?:(?:word|words|term|terms) )?for\b/u;

/**
 * Given names from compromise's lexicon, with or without a surname after them. The first word of a
 * sentence is judged like any other: a sentence that begins "Margaret asked" names Margaret.
 */
export const detectPersonNames: Detector = (text, { knownNames }) =>
  matches(text, CAPITALISED_RUN, (m) => {
    // "British Columbia", "Nova Scotia": a place the lexicon knows by its whole name.
    if (wordFacts(m[0].replace(/['’]s$/, '')).place) return undefined;
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
      if (lastWord && (knownNames.has(lastWord.toLowerCase()) || knownNames.has(surname.toLowerCase())))
        return undefined;
      const nameStart = m.index + words.slice(0, i).join(' ').length + (i ? 1 : 0);
      if (inAuthorList(text, nameStart, m.index + m[0].length, knownNames)) return undefined;
      // "St Christopher's", "Saint Luke": a saint (and what is named after one), not a patient; "a Sara Stedy": a thing.
      if (
        SAINT_BEFORE.test(text.slice(Math.max(0, nameStart - 7), nameStart)) ||
        ARTICLE_BEFORE.test(text.slice(Math.max(0, nameStart - 4), nameStart))
      )
        return undefined;
      // "the Abbey Pain Scale", "the Marie Curie Hospice": a name before the kind of thing it names.
      const following = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (NAME_TYPE_AFTER.test(following) || THING_AFTER.test(following)) return undefined;
      // "Mark: 68%", "Grace: 2/5": a label before a figure, not a person.
      if (!surname && /^:\s*\d/.test(following)) return undefined;
      // "in Kanata", "near Shelby": a lone given name after a preposition of place is a town.
      if (
        !surname &&
        !/['’]s$/.test(word) &&
        /\b(?:in|near|around|across|outside|inside|from|to) $/i.test(
          text.slice(Math.max(0, nameStart - 8), nameStart),
        ) &&
        !/['’]/.test(text.charAt(nameStart + word.length))
      )
        return undefined;
      if (isFamousPerson(`${bare} ${surname}`.trim().toLowerCase())) return undefined;
      if (!surname) {
        // A given name on its own: not a theorist ("Dewey"), a place, a common word or an organisation's first word.
        if (knownNames.has(bare.toLowerCase()) || facts.place || facts.common) return undefined;
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        if (/^ [A-Z&]/.test(next)) return undefined;
        // "Saskatoon and Regina have", "Swansea was my first choice": a name that is also a city is the city, unless a person's doing follows it ("Regina told me").
        if (isCityOrRegion(bare) && !ROLE_AFTER.test(following)) return undefined;
        // "Lola and Lolo are Tagalog for grandmother": a word being explained, not a person.
        if (WORD_EXPLAINED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return undefined;
        // "Skip to content", "Mark the chart": a name-like verb starting a sentence, before its object.
        const sentenceStart = m.index === 0 || /[.!?:;] $/.test(text.slice(Math.max(0, m.index - 2), m.index));
        if (
          i === 0 &&
          sentenceStart &&
          /^ (?:the|a|an|to|this|that|these|those|your|my|our|their|it|up|out|down|off|all|each|every)\b/.test(next)
        )
          return undefined;
      } else if (
        rest.some((w) => wordFacts(w.replace(/['’]s$/, '')).place || (wordFacts(w).common && !wordFacts(w).lastName))
      ) {
        // "Grace Street", "the Francis Report": a given name followed by an ordinary word names a thing, not a person.
        return undefined;
      }
      const start = m.index + words.slice(0, i).join(' ').length + (i ? 1 : 0);
      const end = m.index + m[0].replace(/['’]s$/, '').length;
      return { rule: 'confidentiality/person-name', start, end };
    }
    return undefined;
  });

/**
 * Authors, not people in the story: a name in a list with a theorist or cited author ("Rolfe,
 * Freshwater and Jasper", "Boud, Keogh and Walker"), or a list of surnames followed by a year or "et
 * al." ("Atkins and Murphy (1993)", "Teasdale and Jennett in 1974").
 */
const LIST_BEFORE = /(?:[A-ZÀ-ÖØ-Þ][\p{L}'’-]+(?:, | and | & |, and ))+$/u;
const LIST_AFTER = /^(?:['’]s)?(?:(?:, | and | & |, and )[A-ZÀ-ÖØ-Þ][\p{L}'’-]+)*/u;
const CITATION_AFTER =
  /^(?:['’]s?)? ?(?:\(\s*(?:\d{4}|n\.d\.)|, (?:\d{4}|n\.d\.)|(?:in|,) \(?\d{4}\b|et al\b|['’]s? (?:\(\d{4}\) )?(?:model|cycle|framework|theory|stages|hierarchy|typology|questions|approach)|(?:proposes|proposed|defines|defined|contends|contended|posits|posited|theorised|theorized|(?:notes|noted|states|stated|claims|claimed|suggests|suggested) that|(?:wrote|writes) about)\b)/;

export function inAuthorList(text: string, start: number, end: number, knownNames: ReadonlySet<string>): boolean {
  const tail = text.slice(end, end + 40);
  // Most names are in no list: then only a citation straight after them makes them an author.
  if (!/(?:,| and| &) $/.test(text.slice(Math.max(0, start - 5), start)) && !/^(?:['’]s)?(?:, | and | & )/.test(tail))
    return CITATION_AFTER.test(tail);
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[0] ?? '';
  const after = LIST_AFTER.exec(text.slice(end, end + 80))?.[0] ?? '';
  const others = `${before} ${after}`
    .split(/, and |, | and | & |\s+/)
    .map((w) => w.replace(/['’]s?$/, '').toLowerCase())
    .filter(Boolean);
  if (others.some((w) => knownNames.has(w))) return true;
  if (!before && !after) return CITATION_AFTER.test(text.slice(end, end + 40));
  return CITATION_AFTER.test(text.slice(end + after.length, end + after.length + 40));
}

/** Kinds of things and places a capitalised run names when one of these is in it or follows it. */
const THING_WORDS = new Set(
  `ward unit units hospital hospitals infirmary clinic centre center practice surgery trust board authority service services team teams
  road street lane avenue drive close crescent court lodge house estate terrace way gardens place square park hill view manor grange
  mews hostel home school college university institute council society association foundation network group programme program project
  factor criteria classification manoeuvre procedure position
  committee review guideline guidelines standard standards code charter test tool assessment scale score index model cycle framework
  theory act report round rounds pathway system systems app platform toolkit campaign initiative week day month year conference
  journal press books publishing online software inquiry enquiry commission fund charity prize award lecture memorial trial study
  survey audit syndrome disease sign effect principle principles law rule rules method technique test questionnaire bundle
  wells vale valley heath green cross bridge town city village borough county shire moor marsh wood woods forest fields common beach
  harbour port island isle bay falls springs loi
  matron sister nurse doctor registrar consultant preceptor paramedic midwife trainee physio pharmacist porter mentor assessor`
    .split(/\s+/)
    .filter(Boolean),
);
const NAME_TYPE_AFTER =
  /^(?:['’]s)? (?:Ward|Unit|Hospital|Infirmary|Clinic|Centre|Center|Practice|Surgery|Trust|Board|Road|Street|Lane|Avenue|Drive|Close|Crescent|Court|Lodge|House|Estate|Scale|Score|Index|Model|Cycle|Framework|Theory|Act|Report|Round|Pathway|Tool|Test|Questionnaire|Criteria|Rules?|Method|System|Syndrome|Disease|Sign|Manoeuvre|Maneuver|Protocol|Programme|Program|Award|Lecture|Prize|Foundation|Institute|College|University|School|Building|Wing|Suite|Hall|Library|Lab|Laboratory|Medal)\b/;
/** Lower-case words after a name that make it the name of a thing: "the Fraser guidelines", "Gillick competence". */
const THING_AFTER =
  /^(?:['’]s)? (?:(?:is|was) (?:my|his|her|their|our) (?:\w+ )?(?:language|tongue)\b|guidelines|guidance|competence|competency|principles?|ruling|judge?ment|criteria|test|scale|score|model|cycle|framework|theory|syndrome|disease|palsy|sign|procedure|manoeuvre|maneuver|classification|equation|formula|law|rule|effect|reflex|technique|method|report|inquiry|review)\b/;
/** Endings of drug names: "Tazocin was started" names a medicine, not a person. */
const DRUG_ENDING =
  /(?:cin|cillin|mycin|azole|pril|sartan|olol|statin|pine|done|tide|mab|nib|pam|oxacin|prazole|afil|parin|xaban|gliptin|formin|morph|sip|caine|mide|zide|dronate|phylline|sone|lone|vir|floxacin|cycline|terol|tropium|lamine|tadine|profen|fenac|oxetine|triptyline|zapine|peridol|barb|ate|ium)$/i;

/** More endings of English words the lexicon does not hold ("Pharmacy", "Therapy", "Collaborate", "Wellbeing"). */
const ENGLISH_ENDING =
  /(?:acy|apy|ate|ise|ize|ous|ful|less|able|ible|hood|dom|wise|ware|board|book|line|room|graphy|metry|logy|scope|gram|being|care|work|ism|globin|aemia|emia|itis|osis|ectomy|otomy|ostomy|plasty|scopy|pathy|algia|uria|lysis|trophy|plegia|paresis|cardia|pnoea|pnea|rrhoea|rrhea|cytes?|crit|over)$/;
/** A word with a capital inside it that is not a name's prefix ("SimMan", "PowerPoint"): a product, not a person. */
const PRODUCT_CASE = /^(?!Mc|Mac|Nic|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z][a-z]+[A-Z]/;
/** Relatives' forms of address before a name: "Auntie Precious Adeyemi", "Uncle Tunde", Cree "Kokum", Welsh "Nain". */
const RELATIVE_TITLES =
  'Auntie|Aunty|Aunt|Uncle|Nana|Nanna|Nanny|Nan|Granny|Gran|Grandma|Grandad|Granddad|Grandpa|Cousin|Kokum|Kookum|Kohkom|Mushum|Moshum|Nokomis|Nain|Taid|Mamgu|Tadcu|Anti|Yncl';
const RELATIVE_TITLE = new RegExp(`^(?:${RELATIVE_TITLES})$`);

/** What a word in a capitalised run is: a name-like word, an ordinary word, or something a person's name never holds. */
function nameWordKind(word: string, knownNames: ReadonlySet<string>): 'name' | 'unknown' | 'common' | 'bad' {
  const bare = word.replace(/['’]s$/, '');
  const lower = bare.toLowerCase();
  // "She'd", "They'll", "We've": a pronoun's contraction, never a name (a name's apostrophe takes a capital: "O'Dell").
  if (/['’](?:d|ll|ve|re|m)$/.test(bare)) return 'bad';
  if (knownNames.has(lower) || MONTH_OR_DAY.test(bare) || THING_WORDS.has(lower) || isCityOrRegion(lower)) return 'bad';
  if (/^[A-Z]+$/.test(bare)) return 'bad';
  const parts = bare.split('-').filter(Boolean);
  let kind: 'name' | 'unknown' | 'common' = 'common';
  for (const part of parts) {
    const facts = wordFacts(part);
    if (facts.firstName || facts.lastName) return 'name';
    if (facts.place && parts.length === 1) return 'bad';
    if (facts.place) continue;
    // "Health Sciences", "Nursing Studies": words that name a field or a kind of place are ordinary words.
    if (isGeneric(part)) continue;
    if (!facts.common && facts.tags.length === 0) {
      const lowerPart = part.toLowerCase();
      // "-ian" ends English words ("physician", "librarian") and many surnames ("Subramanian", "Petrosian").
      const englishEnding = /ians?$/.test(lowerPart)
        ? /(?:ician|arian|dian|ilian|torian)s?$/.test(lowerPart)
        : COMMON_ENDING.test(lowerPart) || ENGLISH_ENDING.test(lowerPart);
      if (englishEnding || part.length < 2) continue;
      kind = 'unknown';
    }
  }
  return kind;
}

/** What comes before a person's name in a story: a relative, a verb of care or speech ("caring for", "visited", "her granddaughter"). */
const ROLE_BEFORE_STRONG = new RegExp(
  String.raw`(?:\b(?:(?:never |always )?(?:forget|remember|remembered|think of|thinking of|thought of|miss|missed)|asked|told|showed|taught|caring for|cared for|care for|looking after|looked after|look after|nursed|nursing|visited|visiting|sat with|sitting with|sat beside|sat next to|stayed with|admitted|admitting|assessed|assessing|washed|helped|helping|reassured|comforted|thanked|greeted|(?:spoke|talked|speaking|talking|chatted|chatting|spoken|talk|speak) (?:to|with)|introduced (?:me |myself )?to|(?:the )?(?:patient|resident|client|service user)|(?:grand)?(?:daughter|son|child)|wife|husband|partner|mother|father|mum|dad|brother|sister|niece|nephew|aunt|uncle|cousin|neighbour|neighbor|friend|carer|grandmother|grandfather|grandma|grandad|granny|nan|fianc[ée]e?|widow|widower|girlfriend|boyfriend|stepson|stepdaughter|next of kin|NOK)(?:,| \(|:)? )$`,
  'i',
);
const ROLE_BEFORE_ANY = new RegExp(
  String.raw`(?:${ROLE_BEFORE_STRONG.source.slice(0, -1)}|\b(?:with|met|meet|meeting|remember|remembered|forget|how|when|whom|told|asked|called|named|and) $)`,
  'i',
);
const HUMAN_VERB =
  'told|tells|said|says|asked|asks|cried|laughed|smiled|whispered|shouted|screamed|sobbed|thanked|refused|insisted|explained|complained|agreed|wanted|wants|felt|feels|loved|loves|hated|spoke|speaks|seemed|walked|sat|slept|ate|drank|remembered|recalled|grew|became|needed|preferred|lived|lives|died|passed away|winced|nodded|sighed|grinned|joked|worried|liked|enjoyed|struggled|rang|phoned|visited|arrived|wept|apologised|apologized|squeezed|gripped|waved|begged|pleaded|replied|answered|muttered|mumbled|stared|frowned|hugged|panicked|shrugged|blushed|hesitated|confided|confessed|disclosed|revealed|mentioned|described how|talked|chatted|sang|sings|prayed|prays|danced|hummed|swore|argued|wandered|lay|woke|moaned|groaned|yelled|called out|managed|cuddled|kissed|clung|refuses|wanders|shuffled|beamed|teased|chuckled';
/** How a person is described after "was": "Xiaoming Zhang was anxious before the scan". */
const FEELING =
  'anxious|frightened|scared|terrified|afraid|upset|angry|furious|worried|confused|distressed|tearful|agitated|calm|happy|sad|lonely|embarrassed|ashamed|proud|grateful|relieved|breathless|drowsy|unwell|withdrawn|quiet|chatty|delighted|annoyed|frustrated|nervous|reluctant|adamant|determined|desperate|exhausted|tired|sleepy|in pain|in tears|in labour|crying|sobbing|shouting|laughing|smiling|sitting|lying|waiting|asleep|awake|alone';
const ROLE_AFTER = new RegExp(
  String.raw`^(?: and (?:his|her|their) (?:wife|husband|partner|son|daughter|children|family|mother|father|sister|brother)\b| (?:was|is|seemed|looked|felt|became|had been|has been|got|grew) (?:very |so |quite |really |extremely |a little |too |clearly |visibly |still |already |increasingly )?(?:${FEELING})\b|['’]s? (?:wife|husband|partner|son|daughter|children|child|mother|father|mum|dad|family|brother|sister|granddaughter|grandson|niece|nephew|carer|friend|neighbour|bed|bedside|room|notes|medication|pain|condition|diagnosis|death|funeral|discharge|admission|stroke|care)\b|,? (?:who|whose)\b| (?:(?:had|has|was|is|would|could) (?:never |always |just |then |finally |also )?)?(?:${HUMAN_VERB})\b)`,
);
/** Auxiliaries after a lone name at the start of a clause ("Oluwaseun had only been ..."), unless what follows is done to a thing. */
const AUX_AFTER =
  /^ (?:had|has|was|is|would|could|did|didn't|wasn't|hadn't|couldn't|wouldn't|never|always|still|then)\b(?! (?:been |being |not |also |then )?(?:given|started|prescribed|stopped|administered|increased|reduced|restarted|held|withheld|charted|due|used|added|changed|switched|available|made|published|introduced|developed|designed|launched|based|founded|created|written|written|described|rolled|implemented|completed|submitted|filled|logged|down|slow|updated|installed|offline|closed|open|full|busy|\d))/;
const CLAUSE_START = /(?:^|[.!?:;,"“(] |\b(?:when|because|but|and|that|as|until|while|so|after|before|if|then) )$/;

const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const PLACE_BEFORE = /\b(?:in|near|from|through|around|outside|across|towards|into|at|via|between) $/i;
const CAPITALISED_BEFORE = new RegExp(`[${CAP}][\\w${SMALL}${CAP}'’.-]* $`);
const CAPITAL_AFTER = new RegExp(`^ [${CAP}]`);

/** Words that start a clause but never a name ("When", "Because", "The"): compromise tags them as function words. */
function isFunctionWord(word: string): boolean {
  const facts = wordFacts(word);
  if (facts.firstName || facts.lastName || !facts.common) return false;
  return facts.tags.some((t) =>
    /^(?:Preposition|Determiner|Pronoun|Conjunction|Adverb|Verb|PastTense|PresentTense|Infinitive|Gerund|Modal|Copula|QuestionWord|Auxiliary|Negative|Expression|Possessive)$/.test(
      t,
    ),
  );
}

const NAME_RUN = new RegExp(String.raw`${WORD_START}${NAME_WORD}(?: ${SURNAME}){0,3}${WORD_END}`, 'g');

/**
 * Names compromise does not know, by their shape and the part they play in the sentence: two to four
 * capitalised words none of which is an ordinary English word, a place, a month, a theorist or a word
 * that names a thing ("Chidi Okonkwo", "Siobhán Ní Bhriain", "Ama Mensah-Boateng"); a run whose
 * first word is also an ordinary word ("Paddy O'Rourke") when something around it says it is a person
 * ("told me", "her granddaughter"); and a single unknown word when it is a relative's name, the
 * object of a verb of care, the subject of a verb of speech or feeling, or starts a clause with an
 * auxiliary ("Oluwaseun had only been in the country six months"). Authors in a citation are not
 * reported (inAuthorList).
 */
export const detectNameShapes: Detector = (text, { knownNames }) =>
  matches(text, NAME_RUN, (m) => {
    if (wordFacts(m[0].replace(/['’]s$/, '')).place) return undefined;
    const all = m[0].replace(/['’]s$/, '').split(' ');
    // "When Thandiwe arrived": a function word starting the sentence is not part of the name.
    let lead = 0;
    while (lead < all.length - 1 && isFunctionWord(all[lead]!)) lead++;
    // "Tell Auntie Precious Adeyemi": a relative's form of address is a role, not part of the name.
    let relative = false;
    while (
      lead < all.length - 1 &&
      (RELATIVE_TITLE.test(all[lead]!) ||
        (!relative &&
          /^(?:Tell|Ask|Call|Ring|Phone|Text)$/.test(all[lead]!) &&
          RELATIVE_TITLE.test(all[lead + 1] ?? '')))
    ) {
      relative ||= RELATIVE_TITLE.test(all[lead]!);
      lead++;
    }
    const words = all.slice(lead);
    if (words.some((w) => PRODUCT_CASE.test(w))) return undefined;
    // "Gran said no", "Nana was asleep": a relative's form of address alone is a role, not a name.
    if (words.length === 1 && RELATIVE_TITLE.test(words[0]!.replace(/['’]s$/, ''))) return undefined;
    const raw = words.join(' ');
    const core = words.filter((w) => !PARTICLE_WORD.test(`${w} `));
    const kinds = core.map((w) => nameWordKind(w, knownNames));
    if (kinds.includes('bad') || core.length === 0) return undefined;
    // Cheap refusals first: most capitalised runs are one ordinary word starting a sentence.
    const commons = kinds.filter((k) => k === 'common').length;
    if (
      core.length === 1
        ? kinds[0] !== 'unknown'
        : commons > 1 || (commons === 1 && (kinds[0] !== 'common' || kinds[kinds.length - 1] === 'common'))
    )
      return undefined;
    const start = m.index + (m[0].replace(/['’]s$/, '').length - raw.length);
    const end = start + raw.length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 60);
    if (NAME_TYPE_AFTER.test(text.slice(end, end + 40)) || THING_AFTER.test(text.slice(end, end + 40)))
      return undefined;
    if (inAuthorList(text, start, end, knownNames)) return undefined;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return undefined;
    const found = { rule: 'confidentiality/person-name' as const, start, end };
    // "near Tunbridge Wells", "from Merthyr Tydfil": after a preposition of place, with nothing saying it is a person, a town.
    const placed = PLACE_BEFORE.test(before) && !/['’]s$/.test(m[0]);
    if (core.length >= 2) {
      const role = relative || ROLE_BEFORE_ANY.test(before) || ROLE_AFTER.test(after);
      // By shape alone: two or three words standing apart from other capitalised words (a title in Title Case is not a name).
      const isolated =
        core.length <= 3 &&
        !CAPITALISED_BEFORE.test(before) &&
        !CAPITAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
      if (commons === 0 && ((isolated && !placed) || role)) return found;
      // "Paddy O'Rourke told me": one ordinary word first, a surname last, and a person's role around it.
      if (commons === 1 && kinds[0] === 'common' && kinds[kinds.length - 1] !== 'common' && role) return found;
      return undefined;
    }
    if (kinds[0] !== 'unknown' || raw.length < 3) return undefined;
    if (relative || ROLE_BEFORE_STRONG.test(before) || ROLE_AFTER.test(after)) return found;
    // Only a weak sign (an auxiliary): a medicine's name ("Tazocin was started") is left alone.
    if (!DRUG_ENDING.test(raw) && CLAUSE_START.test(before) && AUX_AFTER.test(after)) return found;
    return undefined;
  });

/**
 * A given name the lexicon lacks, known as a person's by the verb before it: "don't tell Ravi", "I asked
 * Nokuthula", "we sat with Tariq", "I helped Siân". Only verbs whose object is a person, and only a
 * single capitalised word that is not an ordinary word, a place, a known author or a product's name.
 */
const ADDRESSED = new RegExp(
  String.raw`(?<![\w])(?:[Tt]ell|told|telling|[Aa]sk|asked|asking|[Tt]hank|thanked|help|helped|helping|visit|visited|reassured|reassure|comforted|comfort|fed|feed|washed|wash|dressed|hugged|greeted|sat with|stayed with|sit with|spoke to|spoke with|speak to|talked to|talked with|chatted with|checked on|looked after|cared for|caring for|nursed|walked with|settled|introduced myself to|promised|reminded|phoned|rang|kiss|kissed|miss|missed|love|loved|poor|dear|darling|bless) (?<name>${NAME_WORD})(?=[.,;:!?'’"”)]|$| (?:and|that|what|why|how|whether|if|to|about|for|again|back|she|he|it|with|while|when|because|later|yesterday|today|every|I|I['’]m|we|you)\b)`,
  'g',
);

export const detectAddressedNames: Detector = (text, { knownNames }) =>
  matches(text, ADDRESSED, (m) => {
    const name = m.groups?.name ?? '';
    if (PRODUCT_CASE.test(name) || knownNames.has(name.toLowerCase()) || isFamousPerson(name.toLowerCase()))
      return undefined;
    const facts = wordFacts(name);
    if (
      facts.common ||
      facts.place ||
      isGeneric(name) ||
      MONTH_OR_DAY.test(name) ||
      THING_WORDS.has(name.toLowerCase())
    )
      return undefined;
    const start = m.index + m[0].length - name.length;
    return { rule: 'confidentiality/person-name', start, end: start + name.length };
  });

/**
 * Names by the way records, lists and handovers write them, each a shape that is a name whatever the
 * words: surname first with an initial ("MacLeod, J. – for MDT") or a given name ("REID, Morag –"), an
 * initial first ("J. MacKinnon"), a title in capitals ("MRS E HARGREAVES"), a name after a field label
 * ("PATIENT: DESMOND FAIRWEATHER", "pt MARGARET HOLLOWAY"), a surname shouted before a dash
 * ("MCALLISTER —"), a familiar or a relative's form ("Wee Kirsty-Ann", "Aunty Blessing"), a particle or a
 * double-barrelled surname ("Pieter van der Berg", "Aled Pryce-Jones"), and a name before "his wife".
 * A cited author ("Kolb, D. (1984)"), an institution ("Université de Montréal") and ordinary words
 * joined by a hyphen ("Non-Invasive") are not names.
 */
const LISTED_NAME = new RegExp(
  String.raw`(?<![\w${SMALL}${CAP}'’-])(?:(?<surname>${SURNAME}), (?<initial>[A-Z])\.(?! ?\(?\d{4}| ?[A-Z]\.| et al)|(?<caps>(?:MR|MRS|MISS|MX|DR)\.? (?:[A-Z]\.? ){0,2}[A-Z][A-Z'’-]{2,})(?![\w])|(?<familiar>(?<kin>Wee|Big|Young|Auld|Little|oor|wor|${RELATIVE_TITLES}) ${NAME_WORD}(?: ${SURNAME})?)(?![\w${SMALL}])|(?<initialled>(?<![A-Z]\. )[A-Z]\. (?:[A-Z]\. )?${SURNAME})(?![\w${SMALL}])(?! ?\(?\d{4}|,? et al| and [A-Z]\.)|(?<given>(?:${SURNAME}|[A-Z][A-Z'’-]{2,}), ${NAME_WORD}(?: [A-Z]\.)?)(?= ?[—–-] | ?\(|:|;|$)|(?<particled>${NAME_WORD} (?:van der|van den|van|von|de la|dela|de los|de|da|di|du|del|della|dos|das|ter|ten|bin|ibn) ${NAME_WORD})(?![\w${SMALL}])|(?<barrelled>(?<=[—–-] |^)[A-Z][a-z]+-[A-Z][a-z]+(?= [—–-] )|(?!(?:Patient|Client|Resident) )[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+)|(?<field>(?<=(?:^|\b)(?:PATIENT|Patient|PT|Pt|pt|NAME|Name|CLIENT|Client|RESIDENT|Resident|NOK)(?:: ?| ))[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}(?![\w])|(?<=(?:^|\b)(?:PATIENT|Patient|CLIENT|Client|RESIDENT|Resident)(?:: ?| ))[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)? [A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ]+)?(?![\wà-öø-ÿ'’-])|(?<=(?:^|\b)R[Ee]: )[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}(?![\w])(?! [a-z]))|(?<relation>${NAME_WORD})(?: [A-Z]\.(?= \())?(?=(?:(?<!\.),| \()? ?(?:his|her|their|the patient['’]s|the pt['’]s|pt['’]s|patient['’]s|the|le|la|sa|son) (?:(?:older|younger|elder|eldest|youngest|big|little|twin|late) )?(?:wife|husband|partner|daughter|son|mum|mother|dad|father|sister|brother|niece|nephew|carer|neighbour|granddaughter|grandson|fils|fille|mère|père|femme|mari|frère|sœur|voisine?|petite?-(?:fils|fille))\b)|(?<shouted>(?<=^|: )[A-Z][A-Z'’]{5,}(?:-[A-Z]{2,})?)(?= [—–-] )|(?<capsList>(?:[A-Z]{3,}(?:[-'’][A-Z]{2,})*|[A-Z][a-z]{2,}) [A-Z]\.?(?:(?: ?[,/] ?| and | & |, and )(?:[A-Z]{3,}(?:[-'’][A-Z]{2,})*|[A-Z][a-z]{2,}) [A-Z]\.?)+)(?![\w])(?! ?\(?\d{4}|,? et al)|(?<=\b[Bb]aby (?:[Bb]oy |[Gg]irl |of )?)(?<baby>${NAME_WORD})|(?<=\b(?:wife|husband|partner|daughter|son|mum|mother|dad|father|sister|brother|niece|nephew|carer|neighbour|granddaughter|grandson|grandmother|grandfather|NOK|next of kin) \()(?<kinInBrackets>${NAME_WORD}(?: ${SURNAME})?)(?=\)))`,
  'g',
);

export const detectListedNames: Detector = (text, { knownNames }) =>
  matches(text, LISTED_NAME, (m) => {
    const {
      surname,
      caps,
      familiar,
      initialled,
      given,
      field,
      shouted,
      particled,
      barrelled,
      relation,
      capsList,
      baby,
      kinInBrackets,
    } = m.groups ?? {};
    // "daughter (Svitlana)": a relative's name in brackets after the word for them.
    if (kinInBrackets !== undefined) {
      const facts = wordFacts(kinInBrackets);
      return knownNames.has(kinInBrackets.toLowerCase()) || (facts.common && !facts.firstName) || facts.place
        ? undefined
        : 'confidentiality/person-name';
    }
    // "PATEL R, DOUCET M", "Ahmed K / Whitaker J", "Tunnuq L., Arnatsiaq P.": surnames with an initial, as a handover sheet or a board lists them.
    if (capsList !== undefined) {
      // At least two different words that are not ordinary words ("Hepatitis B, Hepatitis C" and "Table A, Figure B" are not lists of people).
      const surnames = new Set(
        capsList.split(/ ?[,/] ?(?:and )?| and | & /).map((item) => item.replace(/ [A-Z]\.?$/, '').toLowerCase()),
      );
      const unusual = [...surnames].filter(
        (w) => !knownNames.has(w) && !wordFacts(w).common && /[aeiouy].*[aeiouy]/.test(w),
      );
      return unusual.length >= 2 ? 'confidentiality/person-name' : undefined;
    }
    // "Baby boy Fitzpatrick", "baby of Okafor": a newborn is named by the family's surname.
    if (baby !== undefined) {
      const facts = wordFacts(baby);
      return (facts.common && !facts.lastName) || facts.place ? undefined : 'confidentiality/person-name';
    }
    if (relation !== undefined) {
      // "Agnieszka, his wife": whatever the word, a relative of the patient is named.
      const facts = wordFacts(relation);
      // "Later, the daughter came in": an adverb, a verb or the like is not a name.
      if (
        knownNames.has(relation.toLowerCase()) ||
        facts.place ||
        MONTH_OR_DAY.test(relation) ||
        (facts.common &&
          facts.tags.some((t) =>
            /^(?:Adverb|Comparative|Preposition|Conjunction|Determiner|Pronoun|Verb|Adjective)$/.test(t),
          )) ||
        // After "the" ("Grace, the daughter") only a word that is not an ordinary one, or is a given name.
        (((facts.common && !facts.firstName) || /(?:ly|wards?)$/.test(relation)) &&
          /^(?:,| \()? ?(?:the|le|la|sa|son) /.test(text.slice(m.index + relation.length)))
      )
        return undefined;
      return 'confidentiality/person-name';
    }
    if (particled !== undefined || barrelled !== undefined) {
      const name = (particled ?? barrelled ?? '').toLowerCase();
      const parts = name.split(/[ -]/);
      // "Non-Invasive Ventilation", "Mini-Mental": ordinary words joined by a hyphen are not a surname.
      if (barrelled !== undefined && parts.some((w) => wordFacts(w).common && !wordFacts(w).lastName)) return undefined;
      const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
      // "Université de Montréal", "Collège de France": an institution and its place, not a person.
      if (
        /^(?:universit|coll[eè]g|[ée]cole|institut|centre|h[oô]pital|mus[ée]e|clinique|ville|saint|sainte|st)/.test(
          bare(parts[0] ?? ''),
        )
      )
        return undefined;
      if (
        isFamousPerson(name) ||
        parts.some((w) => knownNames.has(w) || wordFacts(bare(w)).place || wordFacts(w).place)
      )
        return undefined;
      const end = m.index + m[0].replace(/['’]s$/, '').length;
      return { rule: 'confidentiality/person-name', start: m.index, end };
    }
    if (initialled !== undefined || given !== undefined) {
      // The surname: the last word after an initial ("J. van der Merwe"), the first after any particle before a comma ("de Burca, Aoife").
      const words = (initialled ?? given ?? '').split(/,? /);
      const word = (given ? words.find((w) => !PARTICLE_WORD.test(`${w} `)) : words.at(-1)) ?? '';
      const facts = wordFacts(word);
      // After an initial an ordinary word is still a surname ("J. van der Berg", "P. Baker"); before a comma it is not.
      if (
        knownNames.has(word.toLowerCase()) ||
        (facts.common && !initialled) ||
        facts.place ||
        isGeneric(word) ||
        MONTH_OR_DAY.test(word)
      )
        return undefined;
      if (inAuthorList(text, m.index, m.index + m[0].length, knownNames)) return undefined;
      return 'confidentiality/person-name';
    }
    if (field !== undefined || shouted !== undefined) {
      const words = (field ?? shouted ?? '').split(' ').map((w) => w.toLowerCase());
      // An acronym or an ordinary word in capitals ("NBM", "DNACPR", "HANDOVER") is not a name.
      if (
        words.some((w) => knownNames.has(w)) ||
        words.every((w) => wordFacts(w).common || !/[aeiouy].*[aeiouy]/.test(w))
      )
        return undefined;
      return 'confidentiality/person-name';
    }
    const word = (surname ?? familiar?.split(' ')[1] ?? caps?.split(' ').pop() ?? '').replace(/^(?:.* )/, '');
    if (knownNames.has(word.toLowerCase()) || isFamousPerson(word.toLowerCase())) return undefined;
    if (surname !== undefined) {
      const facts = wordFacts(surname);
      if (facts.common || facts.place || isGeneric(surname)) return undefined;
      const end = m.index + surname.length + 4;
      // "Barr, H., Koppel, I., Reeves, S. and Freeth, D. (2005)": a list of authors, not of patients.
      if (
        /[A-Z]\.,? (?:and |& )?$/.test(text.slice(Math.max(0, m.index - 8), m.index)) ||
        /^,? (?:and |& )?[A-Z][\p{L}'’-]+, [A-Z]\./u.test(text.slice(end, end + 60))
      )
        return undefined;
      return { rule: 'confidentiality/person-name', start: m.index, end };
    }
    if (familiar !== undefined) {
      // After a relative's form of address any capitalised word is a name ("Aunty Blessing"), reported without the title.
      const kin = m.groups?.kin ?? '';
      if (RELATIVE_TITLE.test(kin))
        return { rule: 'confidentiality/person-name', start: m.index + kin.length + 1, end: m.index + m[0].length };
      const facts = wordFacts(word);
      if (facts.common || facts.place || isGeneric(word)) return undefined;
    }
    return 'confidentiality/person-name';
  });
