/**
 * Find details in text that could identify a patient or colleague once a reflection is published
 * (see the UK guidance summarised in CONTENT-SAFETY: removing a name is not enough, details combine).
 * Errors are identifiers no published reflection should carry; warnings are details a reviewer should
 * look at (an exact age, a name, a named place).
 *
 * Pure and browser-safe: a string in, findings with offsets out. The string is normalised first
 * (normalise.ts), so full-width digits, zero-width characters and no-break spaces hide nothing. The
 * detectors run in priority order and a later detector never reports text an earlier one claimed, so
 * "943 476 5919" is an NHS number, not also a telephone number. Claims are kept in one array of flags
 * over the text, so suppressing overlaps costs the length of the findings, not their count squared.
 */
import {
  detectCanadianPostalCodes,
  detectEmails,
  detectOtherPostalCodes,
  detectSocialHandles,
  detectSpokenEmails,
  detectUkPostcodes,
} from './detect-contacts.ts';
import {
  detectAges,
  detectAppositionAges,
  detectFrenchAges,
  detectDates,
  detectEventDays,
  detectFestivalDates,
  detectLabelledDates,
} from './detect-dates.ts';
import {
  detectHealthNumbers,
  detectLabelledHealthNumbers,
  detectPhones,
  detectQuebecHealthNumbers,
  detectRecordNumbers,
  detectSpokenNumbers,
  detectUnexplainedNumbers,
} from './detect-numbers.ts';
import {
  detectAddressedNames,
  detectListedNames,
  detectCapitalisedSurnames,
  detectHandoverNames,
  detectNameInitialInBed,
  detectIntroducedNames,
  detectLowerCaseTitleSurnames,
  detectNameFields,
  detectNameShapes,
  detectPersonNames,
  detectTitleSurnames,
} from './detect-people.ts';
import {
  detectAddresses,
  detectFamousPlaces,
  detectLocalClinics,
  detectNamedPlaces,
  detectHomePlaces,
  detectPossessivePlaces,
  detectSettlements,
  detectShapedPlaces,
  detectShortGenerals,
  detectWardBed,
} from './detect-places.ts';
import { type Candidate, type DetectContext, type Detector, sentenceStart } from './detector.ts';
import { DEFAULT_KNOWN_NAMES, EPONYMS, PUBLIC_FIGURES, REGIONAL_HEALTH_BODIES } from './known-names.ts';
import { collapse, type NormaliseOptions, normalise } from './normalise.ts';
import { type ConfidentialityRule, RULES, type Severity } from './rules.ts';

export {
  CONFIDENTIALITY_RULES,
  CONTACT_RULES,
  type ConfidentialityRule,
  EXCEPTABLE_RULES,
  HIDDEN_TEXT_RULES,
  RULES,
  UNEXCEPTABLE_RULES,
} from './rules.ts';
export { isValidNhsNumber } from './check-digits.ts';
export { collapse } from './normalise.ts';

export interface Finding {
  rule: ConfidentialityRule;
  severity: Severity;
  /** Offsets of the flagged text in the string searched (as given, before normalising). */
  start: number;
  end: number;
  /** The flagged text as the reader sees it (normalised); reviewed exceptions quote this. */
  text: string;
  message: string;
  fix: string;
}

/** The detectors, most specific first: the first to claim a stretch of text reports it. */
export const DETECTORS: ReadonlyArray<Detector> = [
  detectLabelledHealthNumbers,
  detectHealthNumbers,
  detectQuebecHealthNumbers,
  detectSpokenNumbers,
  detectRecordNumbers,
  detectEmails,
  detectSpokenEmails,
  detectUkPostcodes,
  detectCanadianPostalCodes,
  detectOtherPostalCodes,
  detectSocialHandles,
  detectLabelledDates,
  detectDates,
  detectEventDays,
  detectFestivalDates,
  detectPhones,
  detectUnexplainedNumbers,
  detectAges,
  detectAppositionAges,
  detectFrenchAges,
  detectTitleSurnames,
  detectLowerCaseTitleSurnames,
  detectWardBed,
  detectLocalClinics,
  detectAddresses,
  detectNamedPlaces,
  detectFamousPlaces,
  detectShortGenerals,
  detectPossessivePlaces,
  detectSettlements,
  detectShapedPlaces,
  detectHomePlaces,
  detectNameFields,
  detectHandoverNames,
  detectNameInitialInBed,
  detectCapitalisedSurnames,
  detectIntroducedNames,
  detectAddressedNames,
  detectListedNames,
  detectPersonNames,
  detectNameShapes,
];

/** A digit, a year said aloud ("nineteen forty-one", "two thousand and three") or a day in words ("the nineteenth of February"): what a date needs. */
const DIGIT_OR_SPOKEN_YEAR = /\d|(?:teen|thousand|twenty) [a-z]|(?:st|nd|rd|th) of [a-z]/i;

/**
 * A cheap test a text must pass for a detector to find anything in it (every number detector needs a
 * digit, an e-mail address an "@" or an "at"): most blocks of prose skip most detectors.
 */
const NEEDS = new Map<Detector, RegExp>([
  [detectLabelledHealthNumbers, /\d/],
  [detectHealthNumbers, /\d/],
  [detectQuebecHealthNumbers, /\d/],
  [detectSpokenNumbers, /\b(?:nine|eight|seven|six|five|four|three|two|one|oh|zero|nought)[ ,-]/i],
  [detectRecordNumbers, /\d/],
  [detectEmails, /@|at ?[\])}>]/i],
  [detectSpokenEmails, / at /i],
  [detectUkPostcodes, /\d/],
  [detectCanadianPostalCodes, /\d/],
  [detectOtherPostalCodes, /\d/],
  [detectSocialHandles, /@|Skype|Snap|Insta|TikTok|Facebook|FB|Twitter|Telegram|Signal|Discord|Threads|Bluesky/],
  [detectLabelledDates, DIGIT_OR_SPOKEN_YEAR],
  [detectDates, DIGIT_OR_SPOKEN_YEAR],
  [detectEventDays, DIGIT_OR_SPOKEN_YEAR],
  [detectFestivalDates, /\d/],
  [detectPhones, /\d/],
  [detectUnexplainedNumbers, /\d/],
  [detectAppositionAges, /, \d|\(\d|[a-z] \d\d/],
  [detectFrenchAges, / (?:ans|mois|semaines|jours)\b/],
  [detectWardBed, /ward|bay|bed|cubicle|room|rm|pod|chambre/i],
  [detectShortGenerals, /General|Royal/],
  [detectLocalClinics, /CLSC|CHSLD|Centre de sant|Clinique|Dispensaire/],
  [detectSettlements, /village|hamlet|town|parish|communit/i],
  [detectNameFields, /name/i],
  [
    detectAddresses,
    /address|adresse|cyfeiriad|\b(?:rue|avenue|chemin|boul|rang|impasse|allée|route|montée|côte)\b|\b(?:Heol|Ffordd|Stryd|Lôn) /i,
  ],
  [detectLowerCaseTitleSurnames, /\b(?:mr|mrs|ms|miss)\b/],
]);

/**
 * The detectors whose findings are errors (numbers, contacts, postcodes, dates). They come first in
 * DETECTORS, so running them alone finds exactly the errors the full list finds: the post-build gate,
 * which only fails on errors, saves the cost of the name and place detectors.
 */
export const ERROR_DETECTORS: ReadonlyArray<Detector> = DETECTORS.slice(0, DETECTORS.indexOf(detectAges));

/** An eponymous condition in the possessive: "Alzheimer's", "Crohn's disease", "Bell's palsy". */
const EPONYM = new RegExp(String.raw`(?<![\p{L}'’-])(?:${EPONYMS.join('|')})['’]s?(?![\p{L}'’-])`, 'giu');
/** A court case ("Montgomery v Lanarkshire Health Board", "Bolam v Friern Hospital Management Committee"): parties are not patients. */
const LEGAL_CASE =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3} v\.? (?:the )?\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|of|and|for)){0,6}/gu;
/** The categories a sentence about history can silence: names, places, and dates not labelled as a birth. */
const HISTORY_SILENCES = new Set(['name', 'place', 'age']);

/**
 * Names that are never a patient's, claimed before the detectors run: regional health bodies with
 * what follows them ("Betsi Cadwaladr University Health Board"), Quebec's "ben" ("Ben là"), Welsh day names ("Dydd Llun"), nicknames
 * that are not people ("Dr Google", "Mr Men"), eponyms without a possessive ("Braxton Hicks"), brands
 * and the like. Matched without case, so nothing here may be a pattern of capitals (see NOT_A_PERSON_BY_SHAPE).
 */
const NOT_A_PERSON = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:(?:NHS )?(?:${REGIONAL_HEALTH_BODIES.map((name) => name.replace(/ /g, '\\s+')).join('|')})(?:\s+(?:University|Teaching|Health|and|Social|Care|Board|Trust|Authority|Network|Services))*|Ben\s+(?:là|oui|non|voyons|coudonc|quoi|alors|ouais)(?![\p{L}])|Dydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)|Dr\.?\s+(?:Google|Seuss|Who)|Tim\s+Hortons|Timmies|Greggs|Costa|Starbucks|Cerner|Epic|Meditech|SystmOne|EMIS|Fortisip(?:\s+Compact)?|Ensure|Fresubin|Complan|Allevyn(?:\s+Life)?|Mepilex|Aquacel|Inadine|Tegaderm|Cavilon|Sudocrem|Iaith\s+Gwaith|Diolch|Croeso|Bore\s+da|Nos\s+da|Iechyd\s+da|Doctor\s+Who|Mr\.?\s+(?:Men|Bump|Tickle|Happy|Strong|Greedy|Messy|Bounce|Grumpy|Silly|Noisy|Small|Tall|Nosey|Sneeze|Funny|Lazy|Rush|Worry|Muddle|Topsy-Turvy)|Little\s+Miss|Braxton\s+Hicks|Entonox|Attend\s+Anywhere|Mind\s+Cymru|Hafal|Cwtch|First\s+Nations|Dunning[-–\s]Kruger|Good\s+(?:Medical|Clinical|Pharmacy|Scientific|Laboratory|Nursing)\s+Practice|Lloyd\s+George(?=\s+(?:envelopes?|records?|notes|folders?|wallets?))|Guillain[-\s]Barr[ée]|Creutzfeldt[-\s]Jakob|Stevens[-\s]Johnson|Wolff[-\s]Parkinson[-\s]White|Cheyne[-\s]Stokes)(?![\p{L}'’-])`,
  'giu',
);

/**
 * The same, for names known by their shape rather than their words, matched with case: "Edinburgh Napier
 * University", "the University of the Highlands and Islands", "Yorkshire Ambulance Service", "Addenbrooke's
 * Cognitive Examination", a brand before its dose ("Lasix 40 mg"). A title ends the name, so a person
 * after a university ("University of Leeds students met Mrs Okafor") is still read.
 */
const TITLE_AHEAD = String.raw`(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sister|Nurse)\b)`;
const NOT_A_PERSON_BY_SHAPE = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:\p{Lu}\p{Ll}+\s+Ambulance\s+Services?(?:\s+(?:University|NHS|Foundation|Trust))*|(?:(?:${TITLE_AHEAD}\p{Lu}\p{L}+\s+){1,3})?University\s+of\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+(?:and\s+)?${TITLE_AHEAD}\p{Lu}\p{L}+){0,3}|(?:${TITLE_AHEAD}\p{Lu}\p{L}+\s+){1,3}University|Ambulance\s+\p{Lu}[\p{L}-]+|\p{Lu}\p{Ll}+['’]s\s+Cognitive\s+(?:Examination|Assessment)|\p{Lu}\p{Ll}+(?=\s+\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms|g|ml|mL|units)\b))(?![\p{L}'’-])`,
  'gu',
);

/** A reference's authors before its year: "Thomas, J. and Pollard, K. (2011)", "Barr, H., Koppel, I. (2005)". */
const AUTHOR_LIST =
  /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3},?\s(?:and\s|&\s)?)+(?:\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3})?\s?(?:\(\d{4}[a-z]?\)|\d{4}[a-z]?\.)/gu;

const PUBLIC_FIGURE = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${PUBLIC_FIGURES.map((name) => name.replace(/[-]/g, '[- ]').replace(/ /g, '\\s+')).join('|')})(?:['’]s?)?(?![\p{L}'’-])`,
  'giu',
);

export interface FindOptions extends NormaliseOptions {
  /** Names (any case) that are not patients: cited authors; the theorists are always included. */
  knownNames?: ReadonlySet<string>;
}

/** Every finding in already-normalised text, in order of position (offsets into that text). */
export function findInNormalised(
  text: string,
  context: DetectContext = { knownNames: DEFAULT_KNOWN_NAMES },
  detectors: ReadonlyArray<Detector> = DETECTORS,
): Candidate[] {
  let claimed: Uint8Array | undefined;
  const found: Candidate[] = [];
  const history: Array<[number, number]> = [];
  /**
   * What no detector may report, claimed when the first candidate comes (most blocks of prose give
   * none to the error detectors alone, and are spared these patterns).
   */
  const claims = (): Uint8Array => {
    if (claimed) return claimed;
    claimed = new Uint8Array(text.length);
    // A public figure's full name ("Dr Cicely Saunders founded ...") is history, not a patient: no name
    // or title detector may report any part of it. It can hold no number, so no error is hidden.
    for (const m of text.matchAll(PUBLIC_FIGURE)) {
      claimed.fill(1, m.index, m.index + m[0].length);
      history.push(sentenceAround(text, m.index));
    }
    // Eponymous conditions, court cases, health bodies, day names, brands and reference lists are not people either.
    for (const pattern of [EPONYM, LEGAL_CASE, NOT_A_PERSON, NOT_A_PERSON_BY_SHAPE, AUTHOR_LIST])
      for (const m of text.matchAll(pattern)) claimed.fill(1, m.index, m.index + m[0].length);
    return claimed;
  };
  /** Keep a candidate whose stretch of text nothing has claimed yet, and claim it. */
  const take = (candidate: Candidate) => {
    const { start, end } = candidate;
    if (end <= start) return;
    const taken = claims();
    for (let k = start; k < end; k++) if (taken[k]) return;
    taken.fill(1, start, end);
    found.push(candidate);
  };
  for (const detector of detectors) {
    if (NEEDS.get(detector)?.test(text) === false) continue;
    for (const candidate of detector(text, context)) take(candidate);
  }
  // Letters or underscores glued to a number ("943 476 5919a", "x9434765919", "943_476_5919",
  // "jane.doe@example.com1"): the reader looks past them, so health numbers, e-mail addresses and
  // labelled dates are looked for again with them read as spaces (one character for one: offsets hold).
  if (GLUED_TEST.test(text)) {
    const apart = text.replace(GLUED, ' ');
    for (const detector of detectors)
      if (GLUED_DETECTORS.has(detector)) for (const c of detector(apart, context)) take(c);
  }
  // A sentence about a public figure is history ("Dame Cicely Saunders founded St Christopher's Hospice
  // in 1967", "Aneurin Bevan launched the NHS on 5 July 1948"): its places, names and unlabelled dates
  // are not a patient's. Numbers, contacts and dates of birth are still reported.
  const kept = history.length
    ? found.filter(
        (c) =>
          !history.some(
            ([from, to]) =>
              c.start >= from &&
              c.end <= to &&
              (HISTORY_SILENCES.has(RULES[c.rule].category) || c.rule === 'confidentiality/date'),
          ),
      )
    : found;
  return kept.sort((a, b) => a.start - b.start);
}

const GLUED_TEST = /[A-Za-z_]\d|\d[A-Za-z_]|\d_|_\d/;
const GLUED = /[A-Za-z_](?=\d)|(?<=\d)[A-Za-z_]|_/g;
const GLUED_DETECTORS: ReadonlySet<Detector> = new Set([detectHealthNumbers, detectEmails, detectLabelledDates]);

/** The sentence around a position: from after the last ". ", "! ", "? " or line break before it to the next one after it. */
function sentenceAround(text: string, index: number): [number, number] {
  const start = sentenceStart(text, index);
  const rest = text.slice(index).search(/[.!?](?:\s|$)|\n/);
  return [start, rest < 0 ? text.length : index + rest + 1];
}

/** A finding for a candidate, with its message, fix and severity from the rule table. */
export function toFinding(candidate: Candidate, text: string, start = candidate.start, end = candidate.end): Finding {
  const info = RULES[candidate.rule];
  const flagged = text.slice(candidate.start, candidate.end);
  return {
    rule: candidate.rule,
    severity: info.severity,
    start,
    end,
    text: flagged,
    message: info.message(collapse(flagged)),
    fix: info.fix,
  };
}

/** Every finding in a string, in order of position, with offsets into the string as given. */
export function findIdentifiers(value: string, options: FindOptions = {}): Finding[] {
  const { text, from, to } = normalise(value, options);
  const context: DetectContext = { knownNames: options.knownNames ?? DEFAULT_KNOWN_NAMES };
  return findInNormalised(text, context).map((c) =>
    toFinding(c, text, from[c.start] ?? 0, to[c.end - 1] ?? value.length),
  );
}
