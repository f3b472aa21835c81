/**
 * Dates of birth and of events (an admission, a death), and exact ages.
 *
 * A full date is an error in any form: numeric with any separator ("03/03/1948", "3-3-48",
 * "03 03 1948", "1948-03-03"), with the month as a word or abbreviation ("3 Mar 48", "03-Mar-1948",
 * "March 3rd, 1948", "the 3rd of March 1948"). After a label ("DOB", "born", "admitted") looser forms
 * count too: a day and month with no year, a two-digit year after a space or dot, or eight digits run
 * together. A date after a birth label is reported as a date of birth.
 *
 * An exact age is a warning: "aged 87", "Age: 87", "87-year-old", "eighty-seven-year-old",
 * "87 years of age", "87yo", "an 87M"; a life stage ("in his late eighties") is fine.
 */
import { isRealDate } from './check-digits.ts';
import {
  type Candidate,
  type Detector,
  matches,
  NUMBER_WORD,
  numberWordValue,
  YEAR_WORD,
  yearWordValue,
} from './detector.ts';
import type { ConfidentialityRule } from './rules.ts';

/** English month names and abbreviations, and French ones (a Quebec student may write in French: "née le 12 avril 1949"). */
const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const MONTH = `(?:${MONTH_NAMES})\\.?`;
/** English ordinals, and French "1er" ("né le 1er mai 1950"). */
const ORDINAL = '(?:st|nd|rd|th|er)?';
/** Days of the month in words, in order: "the second of March 1942". */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const DAY_WORDS = [
  ...UNITS,
  ...[
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ],
  ...UNITS.map((unit) => `twenty-${unit}`),
  'thirtieth',
  'thirty-first',
];
const DAY = `(?:[0-3]?\\d${ORDINAL}|${DAY_WORDS.join('|')})`;
/** A year in figures, or said aloud ("the fifth of July, nineteen forty-one"). */
const YEAR = `(?:\\d{4}|'\\d{2}|’\\d{2}|\\d{2}|${YEAR_WORD})`;
const SEP = '(?:[ ./-]|, ?)';

const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};
const monthNumber = (name: string) =>
  FRENCH_MONTHS[name.toLowerCase().replace(/\.$/, '')] ??
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;

/** The date forms, each a named-group alternative; `labelled` adds the forms that need a label. */
function datePattern(labelled: boolean): string {
  const forms = [
    // 3 March 1948, 3rd of March, 1948, 03-Mar-1948, 3 Mar 48, 3/Mar/48
    `(?<d1>${DAY})(?: of| o)?${SEP}(?<m1>${MONTH})${SEP}?(?<y1>${YEAR})`,
    // March 3, 1948; Mar 3rd 1948; March the 3rd 1948
    `(?<m2>${MONTH}) (?:the )?(?<d2>${DAY}),? (?<y2>${YEAR})`,
    // 03/03/1948, 3-3-48, 03.03.1948 (a dot with a two-digit year only after a label: 3.10.12 is a version;
    // after a label also 03|03|1948, 03:03:1948, 03\\03\\1948 and 03/03/'1948)
    `(?<a3>\\d{1,2})(?<s3>${labelled ? '[/|:\\\\-]' : '[/-]'})(?<b3>\\d{1,2})\\k<s3>${labelled ? "['’‘]?" : ''}(?<y3>\\d{4}|\\d{2})`,
    // 03 / 03 / 1948: slashes with spaces around them (a two-digit year, and hyphens, only after a label)
    `(?<a12>\\d{1,2}) ?(?<s12>${labelled ? '[/-]' : '\\/'}) ?(?<b12>\\d{1,2}) ?\\k<s12> ?(?<y12>\\d{4}${labelled ? '|\\d{2}' : ''})`,
    `(?<a4>\\d{1,2})(?<s4>[. ])(?<b4>\\d{1,2})\\k<s4>(?<y4>\\d{4}${labelled ? '|\\d{2}' : ''})`,
    // 16.05.23 after "on", "since" and the like: a date when something happened, where a version number is not
    ...(labelled
      ? []
      : [`(?<=\\b(?:on|from|since|until|till|by|dated|le) )(?<a10>\\d{1,2})\\.(?<b10>\\d{1,2})\\.(?<y10>\\d{2})`]),
    // 1948-03-03, 1948/03/03
    `(?<y5>\\d{4})(?<s5>[/.-])(?<m5>\\d{1,2})\\k<s5>(?<d5>\\d{1,2})`,
  ];
  if (labelled) {
    forms.push(
      // 03031948, 19480303
      `(?<c6>\\d{8})`,
      // 3 March, 3rd of March, March 3rd (no year)
      `(?<d7>${DAY})(?: of)? (?<m7>${MONTH})`,
      `(?<m8>${MONTH}) (?:the )?(?<d8>${DAY})`,
      // 04/10, 21/7: a day and month with no year, as a handover writes them ("Adm 04/10", "D/C planned Fri 11/10");
      // not a duration in shorthand ("3/7 ago", "2/52 post-op") or a fraction ("1/2 hourly")
      `(?<a9>\\d{1,2})\\/(?<b9>\\d{1,2})(?![/\\d]| (?:ago|old|post|later|hx|hourly|hrly|daily|of)\\b)`,
      // 30.10: the same with a dot, two figures each, and not a measurement ("adm 12.50 mmol" is not a date)
      `(?<a11>\\d{2})\\.(?<b11>\\d{2})(?![.\\d]| ?(?:%|°|(?:mg|mcg|µg|g|kg|ml|mL|l|L|mmol|µmol|units?|hours?|hrs?|h|mins?|cm|mm|kPa|bpm|am|pm)\\b))`,
    );
  }
  return `(?:${forms.join('|')})`;
}

const DATE = new RegExp(`(?<![\\w/.-])${datePattern(false)}(?!(?!T\\d)[\\w]|[/-]\\d|\\.\\d)`, 'gi');

const BIRTH_LABEL = String.raw`(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born|b\.|née?|date de naissance|DDN|delivered|date of delivery)`;
const EVENT_LABEL = String.raw`(?:admitted|readmitted|re-admitted|admission|adm\.?|op|DOA|EDD|due date|expected date of delivery|admise?|hospitalisée?|opérée?|décédée?|sortie?|transférée?|date d['’]admission|date de (?:sortie|congé|décès)|d\/c|D\/C|disch\.?|op['’]d|operated|date of discharge|date of (?:operation|surgery)|DOS|date of admission|discharged|discharge date|d\/c['’]d|dc['’]d|operation|surgery|referral|referred|died|passed away|date of death|DOD|deceased|seen|operated on|transferred|IOL|induced|induction of labour|SROM|LSCS|C-section|NVD|SVD|ORIF|CABG|TTOs?|TTAs?)`;
/**
 * A label, then up to five lower-case words before the date ("d.o.b. on the chart, 1945-11-29",
 * "admitted to the unit on 3 May"): the words are bounded, so the pattern stays linear.
 */
const LABELLED_DATE = new RegExp(
  `(?<![\\w])(?<label>${BIRTH_LABEL}|${EVENT_LABEL})(?:[ ,:;(]+[a-z][a-z'’]*){0,5}?(?: (?:date|on|in|at|is|was))?[ :=(,-]*(?:(?:on|is|was) )?(?:the )?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,? )?(?<date>${datePattern(true)})(?!(?!T\\d)[\\w]|[/-]\\d|\\.\\d)`,
  'gi',
);

/** Words after a two-digit year that show it was a count ("on 3 May 12 patients"), not a year. */
const COUNT_AFTER = /^ (?!(?:and|in|at|on|with|when|but|or|after|before|while|where|she|he|they|i|we)\b)[a-z]/;

/**
 * Whether a date is real. `rest` is the text after it; `written` the date as written: a two-digit year
 * after a space can be a count ("on 3 May 12 patients"), one after a hyphen, slash, dot or apostrophe
 * ("07-Feb-61", "3 Mar '48") is always a year.
 */
function realDate(g: Record<string, string | undefined>, rest: string, written = ''): boolean {
  const n = (v: string | undefined) => Number.parseInt((v ?? '').replace(/\D/g, ''), 10);
  const dayOf = (v: string | undefined) => (/\d/.test(v ?? '') ? n(v) : DAY_WORDS.indexOf((v ?? '').toLowerCase()) + 1);
  const year = (v: string | undefined) => {
    if (/[a-z]/i.test(v ?? '')) return [yearWordValue(v ?? '')];
    const digits = (v ?? '').replace(/\D/g, '');
    const value = Number(digits);
    return digits.length === 2 ? [1900 + value, 2000 + value] : [value];
  };
  const any = (day: number, month: number, years: number[]) => years.some((y) => isRealDate(day, month, y));
  const shortYear = (v: string | undefined) =>
    (v ?? '').replace(/\D/g, '').length === 2 && !/[-/.'’]\d{2}$/.test(written);
  if (g.d1)
    return any(dayOf(g.d1), monthNumber(g.m1 ?? ''), year(g.y1)) && !(shortYear(g.y1) && COUNT_AFTER.test(rest));
  if (g.m2) return any(dayOf(g.d2), monthNumber(g.m2), year(g.y2)) && !(shortYear(g.y2) && COUNT_AFTER.test(rest));
  // Day-first (UK) or month-first (North America): either reading makes it a date.
  if (g.a3) return any(n(g.a3), n(g.b3), year(g.y3)) || any(n(g.b3), n(g.a3), year(g.y3));
  if (g.a4) return any(n(g.a4), n(g.b4), year(g.y4)) || any(n(g.b4), n(g.a4), year(g.y4));
  if (g.a12) return any(n(g.a12), n(g.b12), year(g.y12)) || any(n(g.b12), n(g.a12), year(g.y12));
  if (g.y5) return any(n(g.d5), n(g.m5), [n(g.y5)]);
  if (g.c6) {
    const c = g.c6;
    return (
      isRealDate(Number(c.slice(0, 2)), Number(c.slice(2, 4)), Number(c.slice(4))) ||
      isRealDate(Number(c.slice(6)), Number(c.slice(4, 6)), Number(c.slice(0, 4)))
    );
  }
  if (g.d7) return any(dayOf(g.d7), monthNumber(g.m7 ?? ''), [2000]);
  if (g.m8) return any(dayOf(g.d8), monthNumber(g.m8), [2000]);
  if (g.a9) return any(n(g.a9), n(g.b9), [2000]) || any(n(g.b9), n(g.a9), [2000]);
  if (g.a10) return any(n(g.a10), n(g.b10), year(g.y10)) || any(n(g.b10), n(g.a10), year(g.y10));
  // Day first only: with the month second, most times of day ("10.15", "14.30") are not dates.
  if (g.a11) return any(n(g.a11), n(g.b11), [2000]);
  return false;
}

export const detectLabelledDates: Detector = (text) =>
  matches(text, LABELLED_DATE, (m) => {
    const g = m.groups ?? {};
    const date = g.date ?? '';
    if (!realDate(g, text.slice(m.index + m[0].length, m.index + m[0].length + 24), date)) return undefined;
    const start = m.index + m[0].length - date.length;
    // "seen at 10.05": after "at", a dotted day and month is a time.
    if (g.a11 && /\bat $/i.test(text.slice(Math.max(0, start - 3), start))) return undefined;
    const birth = new RegExp(`^${BIRTH_LABEL}$`, 'i').test(g.label ?? '');
    const rule: ConfidentialityRule = birth ? 'confidentiality/date-of-birth' : 'confidentiality/date';
    return { rule, start, end: start + date.length };
  });

export const detectDates: Detector = (text) =>
  matches(text, DATE, (m) => {
    if (!realDate(m.groups ?? {}, text.slice(m.index + m[0].length, m.index + m[0].length + 24), m[0]))
      return undefined;
    return isWritersOwnDate(text, m.index, m.index + m[0].length) ? undefined : 'confidentiality/date';
  });

/**
 * The writer's own dates. The issue asks for dates of birth and of admission; a full date with no
 * label is still reported, because a date of death or of a transfer is written the same way, unless
 * its sentence is plainly about the writer's course or work ("My placement began on 6 January 2025",
 * "This reflection is due on 14 March 2025", "our study day on 5 November", "I worked a long day")
 * and names no person or event of care (a pronoun, a patient, a relative, an admission, a birth or a
 * death). A historical date ("The NHS was founded on 5 July 1948") is still reported: a reviewer
 * excepts it with a reason, since the check cannot tell it from a patient's. Dates after a label
 * (detectLabelledDates) are always reported. The sentence is read at most 240 characters each way.
 */
const WRITER_CUE =
  /\b(?:stage|practice assessor|practice supervisor|personal tutor|accessed|retrieved|policy|policies|guidelines?|protocol|leaflet|placements?|rotation|elective|submitted|submit|submission|deadline|handed in|hand in|essays?|assignments?|reflections?|drafts?|portfolio|module|course|programme|workshops?|seminars?|lectures?|tutorials?|study days?|teaching|training|conference|simulations?|exams?|examination|OSCEs?|presentations?|viva|slides|appraisal|learning days?|students|sessions?|induction|timetable|term|semester|cohort|university|graduat(?:ed|ion)|interview|I worked|I was working|my (?:first |last |long |night |late |early )?(?:shift|day)|on duty|rota)\b/i;
const PERSON_OR_CARE_CUE =
  /\b(?:patients?|he|she|him|his|her|hers|they|them|their|man|woman|lady|gentleman|boy|girl|baby|infant|child|mother|father|mum|dad|son|daughter|wife|husband|partner|family|relatives?|resident|client|service user|Mr|Mrs|Ms|Miss|Mx|admitted|admission|born|birth|birthday|died|death|dying|passed away|discharged?|transferred|transfer|moved|delivered|deceased|funeral|fell|fall|diagnosed|diagnosis|operated|operation|arrested|collapsed|seen|visited)\b/i;

export function isWritersOwnDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 240), start);
  const after = text.slice(end, end + 240);
  const open = before.search(/[.!?]\s+(?=[^.!?]*$)|\n(?=[^\n]*$)/);
  const close = after.search(/[.!?](?:\s|$)|\n/);
  const sentence = `${open >= 0 ? before.slice(open + 1) : before} ${close >= 0 ? after.slice(0, close) : after}`;
  return WRITER_CUE.test(sentence) && !PERSON_OR_CARE_CUE.test(sentence);
}

/**
 * Days named by a festival with a year ("Christmas Eve 2024", "on Boxing Day, 2023"): a full date as
 * surely as "24 December 2024". Festivals whose date moves (Easter Sunday, Diwali, Eid) are just as
 * exact once the year is given.
 */
const FESTIVAL_DATE = new RegExp(
  String.raw`(?<![\w])(?:Christmas (?:Eve|Day)|Boxing Day|New Year['’]?s (?:Eve|Day)|Hogmanay|Valentine['’]?s Day|Hallowe['’]?en|Bonfire Night|Guy Fawkes(?: Night| Day)?|Burns Night|St\.? (?:Patrick|Andrew|David|George|Stephen|Jean-Baptiste)['’]?s Day|Easter (?:Sunday|Monday|Day)|Good Friday|Shrove Tuesday|Pancake Day|Ash Wednesday|Mother['’]?s Day|Mothering Sunday|Father['’]?s Day|Remembrance (?:Day|Sunday)|Armistice Day|Canada Day|Victoria Day|Labour Day|Labor Day|Thanksgiving(?: Day)?|Family Day|Civic Holiday|Diwali|Vaisakhi|Eid(?: al-[A-Z][a-z]+| ul-[A-Z][a-z]+)?|Hanukkah|Chanukah|Yom Kippur|Rosh Hashanah|Chinese New Year|Lunar New Year|Midsummer['’]?s? (?:Eve|Day))(?: (?:of|in))?,? (?:\d{4}|['’]\d{2})(?![\w])`,
  'g',
);

export const detectFestivalDates: Detector = (text) =>
  matches(text, FESTIVAL_DATE, (m) =>
    isWritersOwnDate(text, m.index, m.index + m[0].length) ? undefined : 'confidentiality/date',
  );

/** "on 3 March", "on Tuesday the 3rd of March", "was Thurs 6th Feb", "with us since the 9th of June": an event's day, even without the year. */
const ON_DAY = new RegExp(
  `(?<![\\w])(?:(?:on|was|is|for|since) (?:the )?|(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? (?:the )?\\d))(?:(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?,? (?:the )?)?(?<date>(?<d7>${DAY})(?: of)? (?<m7>${MONTH})|(?<m8>${MONTH}) (?:the )?(?<d8>${DAY}))(?![\\w]|\\d)`,
  'gi',
);

export const detectEventDays: Detector = (text) =>
  matches(text, ON_DAY, (m) => {
    const g = m.groups ?? {};
    if (!realDate(g, '')) return undefined;
    // "on May 12 patients": a month name before a count.
    if (
      g.m8 &&
      !/(?:st|nd|rd|th)$/i.test(g.d8 ?? '') &&
      COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    )
      return undefined;
    const date = g.date ?? '';
    const start = m.index + m[0].length - date.length;
    if (isWritersOwnDate(text, start, start + date.length)) return undefined;
    return { rule: 'confidentiality/date', start, end: start + date.length };
  });

const AGE_NUMBER = `(?:\\d{1,3}|${NUMBER_WORD})`;
/** What may follow an age phrase and show it is a range or a threshold ("aged 18-25", "aged 65 and over"). */
const RANGE_AFTER =
  /^(?: ?(?:[-–] ?(?:\d|[a-z]+ty\b)|to\b|\+|or (?:over|older|above|more|under|younger)|and (?:over|above|older|under|younger)|years? and (?:over|above|older)|plus))/i;
/** Units after "was 87" that make it a measurement, not an age. */
const UNIT_AFTER =
  /^ ?(?:%|percent|mg|mcg|g|kg|ml|l|mmol|mins?|minutes|hours?|hrs?|days?|weeks?|times|cm|mm|°|degrees|bpm|beats|breaths|per|points?|out|of|metres|meters|miles|pounds|stone|units?|seconds|secs|am|pm|o'clock|and (?:a half|\d)|[.,]\d|\/)(?![a-z])/i;

/** People an age in apposition can follow ("my patient, 84, ..."). */
const PERSON_NOUN =
  '(?:patient|pt|elder|man|woman|lady|gentleman|gent|lad|lass|fella|fellow|bloke|chap|youngster|teen|boy|girl|resident|client|service user|mother|father|mum|dad|wife|husband|partner|son|daughter|grandson|granddaughter|grandmother|grandfather|brother|sister|neighbour|widow|widower|baby|child|infant|toddler|teenager|he|she|cliente?|patiente?|résidente?|dame|monsieur|madame|homme|femme|mère|père|fils|fille|bébé|enfant)';

const AGE = new RegExp(
  [
    // aged 87, age: 87, Age 87, aged eighty-seven, age of 87
    `(?<![\\w])(?<a>aged?(?: of)?[ :]*(?<an>${AGE_NUMBER})(?: ?(?:yrs?|years?|yo|y\\/o)\\b)?)(?![\\w]|[.,]\\d)`,
    // 87-year-old, 87 year old, eighty-seven-year-old, 6-month-old, 87-yr-old
    `(?<![\\w])(?<b>${AGE_NUMBER}[- ]?(?:years?|yrs?|months?|mths?|mos?|weeks?|wks?|days?)[- ]old)(?![\\w])`,
    // 87 years of age
    `(?<![\\w])(?<c>${AGE_NUMBER} (?:years?|yrs?) of age)(?![\\w])`,
    // 87yo, 87 y/o, 87 y.o.
    `(?<![\\w.])(?<d>\\d{1,3} ?(?:yo|y\\/o|y\\.o\\.?|yrs? old)(?: ?(?:m|f|male|female))?)(?![\\w])`,
    // she was 87, he is eighty-seven, who had just turned 87
    `(?<![\\w])(?:he|she|they|who|patient|man|woman|lady|gentleman|mother|father|wife|husband|resident|client)(?:'s|['’]d| is| was| had| has| would be| will be| turned| had just turned| has just turned| just turned| now| being| only| just| barely| still| already| exactly)+ (?<f>${AGE_NUMBER}(?: (?:years?|yrs?) (?:old|of age))?)(?![\\w]|[.,]\\d)`,
    // her 87th birthday, in his 87th year of life
    `(?<![\\w])(?<g>\\d{1,3}(?:st|nd|rd|th) birthday)(?![\\w])`,
    // at 73 he was still working; At eighty-eight, she walked
    `(?<![\\w])at (?:just |only |barely |nearly )?(?<i>${AGE_NUMBER})(?: years?(?: and ${AGE_NUMBER} months?)?)?,? (?=(?:he|she|they)\\b)`,
    // Grandad turned eighty-four; her son had just turned 18
    `(?<![\\w])(?:${PERSON_NOUN}|grandad|granddad|grandpa|grandma|gran|granny|nan|nana|nanna|auntie|aunt|uncle) (?:had |has )?(?:just |only )?turned (?<t>${AGE_NUMBER})(?![\\w]|[.,]\\d)`,
    // her husband (73), Mrs Jones (91): an age in brackets after a person
    `(?<![\\w])(?:${PERSON_NOUN}|grandad|grandma|gran|nan|(?:Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z][\\w'’-]+) \\((?<r>\\d{1,3})(?: ?(?:yrs?|years?|yo|y\\/o))?\\)`,
    // a lady of 88, a man of ninety
    `(?<![\\w])(?:an?|the|this|one) (?:[a-z]+ )?(?:man|woman|lady|gentleman|gent|boy|girl|lad|lass|child|patient|resident) of (?<h>${AGE_NUMBER})(?![\\w]|[.,]\\d)`,
    // my patient, 84 and fiercely independent; her husband, 79, ...; Mrs Jones, 91, ...; his granddaughter, just three, (an age in apposition)
    `(?<![\\w])(?:${PERSON_NOUN}|(?:Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z][\\w'’-]+)(?: \\([^()]{1,40}\\))?, (?:just |only )?(?<j>${AGE_NUMBER})(?=,|;| and | but | who | with | -| –)`,
    // clinical shorthand: "M, 67, post-op", "F/82", "male, 45", "♀ 67 yrs"
    `(?:(?<![\\w])(?:M|F|[Mm]ale|[Ff]emale)[,/] ?|[♀♂][,/]? ?)(?<k>\\d{1,3})(?=[,;)]|\\.(?:\\s|$)| ?y| ?yo\\b| ?yrs?\\b| with\\b| presenting\\b)`,
    // a baby 6/12 old, 3/52 old, 3/7 old: months, weeks and days as a fraction, in paediatric shorthand
    `(?<![\\w/])(?<l>\\d{1,2}\\/(?:12|52|7))(?=[ -]old\\b| (?:infant|baby|neonate|newborn|boy|girl)\\b)`,
    // Infant 6/52, baby 3/7: a newborn's age in the same shorthand after the word for them
    `(?<=\\b(?:[Ii]nfant|[Bb]aby(?: (?:boy|girl))?|[Nn]eonate|[Nn]ewborn),? )(?<l2>\\d{1,2}\\/(?:12|52|7))(?![\\w/])`,
    // she was a sprightly ninety-four; he is a healthy 70
    `(?<![\\w])(?:he|she|they|who|patient|resident) (?:was|is) an? (?:[a-z]+ )?(?<o>${AGE_NUMBER})(?=[.,;!?]|$| (?:and|but|who|with|when|at)\\b)`,
    // "I'm sixty-three, love": a patient telling their age, in quotation marks (checked below)
    `(?<![\\w])I(?:['’]m| am|['’]ll be| will be| turned|['’]ve just turned| have just turned| was) (?:only |just |still )?(?<q>${AGE_NUMBER})(?![\\w]|[.,]\\d)`,
    // he had just celebrated his 70th; her 90th
    `(?<![\\w])(?:his|her|their) (?<n>\\d{1,3}(?:st|nd|rd|th))(?=[.,;!?)]|$| (?:and|but|that|with|on|in|at|when|last|this)\\b)`,
  ].join('|'),
  'gi',
);

const OPENING_QUOTE = /(?:^|[\s(:—–-])["“‘'](?=\S)/g;
const CLOSING_QUOTE = /["”]|[\w.,!?]['’](?=[\s,.;:!?)]|$)/g;

/** Whether a position is inside a quotation opened earlier in the same paragraph (at most 200 characters back). */
function insideQuotation(text: string, index: number): boolean {
  const from = Math.max(0, index - 200, text.lastIndexOf('\n', index) + 1);
  // One character past the position, so a quotation mark just before it is seen to open a quotation.
  const before = text.slice(from, index + 1);
  let opened = -1;
  for (const q of before.matchAll(OPENING_QUOTE)) opened = q.index + q[0].length - 1;
  if (opened < 0) return false;
  for (const q of before.slice(opened + 1, -1).matchAll(CLOSING_QUOTE))
    if (q[0] === '"' || q[0] === '”' || !/\w['’]$/.test(q[0])) return false;
  return true;
}

/** "my mum is 59", "her son was 17": a relative's age (a separate pass, so "her son was 17 months old" is still read whole by the main one). */
const AGE_OF_PERSON = new RegExp(
  `(?<![\\w])(?:${PERSON_NOUN}|(?:Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z][\\w'’-]*|mum|mom|dad|grandad|granddad|grandpa|grandma|gran|granny|nan|nana|nanna|auntie|aunt|uncle)(?:(?:'s| is| was| wis| had| has| would be| will be| would have been| 'd be|'d be| turns| is turning| now| only| just| barely| still| already| exactly)+ ["“‘]?|, (?=\\d{1,3},))(?<f>${AGE_NUMBER})(?![\\w]|[.,]\\d)`,
  'gi',
);

/** "an 87M", "87F", "71/M", "3mo F": age and sex in a clinical shorthand (capitals only: 87m is a distance). */
const AGE_SEX = /(?<![\w.$£€/])(?<e>\d{1,3} ?(?:(?:mo|mos|mths?|wks?|yo|y\/o|yrs?) ?)?(?:\/ ?)?[MF])(?![\w])/g;
/** What follows "she was 87" when 87 is her age. */
const AGE_END =
  /^(?:[.,;:!?)]|$| ?y\.?\/?o\.?(?![a-z])| (?:years|yrs|when|at the time|and|but|now|last|this|that|then|on|in|by|so|with|after|before|yet|already|too|he|she|they|I|we|his|her|because|which|who|so|next|soon|tomorrow|today|in)\b| ['"‘“]| [—–-](?: |$))/i;

export const detectAges: Detector = function* (text) {
  for (const m of [...text.matchAll(AGE), ...text.matchAll(AGE_SEX), ...text.matchAll(AGE_OF_PERSON)]) {
    const g = m.groups ?? {};
    const key = (
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'l2', 'n', 'o', 'q', 'r', 't'] as const
    ).find((k) => g[k] !== undefined);
    if (!key) continue;
    const phrase = g[key] ?? '';
    // The phrase is the last occurrence of its text in the match ("at 101, she": not the space after it).
    const start = m.index + m[0].lastIndexOf(phrase);
    const end = start + phrase.length;
    const rest = text.slice(end, end + 30);
    if (
      key === 'a' ||
      key === 'f' ||
      key === 'h' ||
      key === 'i' ||
      key === 'j' ||
      key === 'k' ||
      key === 'o' ||
      key === 'n' ||
      key === 'q' ||
      key === 'r' ||
      key === 't'
    ) {
      const number = (
        g.an ??
        g.f ??
        g.h ??
        g.i ??
        g.j ??
        g.k ??
        g.o ??
        g.q ??
        g.r ??
        g.t ??
        g.n?.replace(/\D/g, '') ??
        ''
      ).replace(/ (?:years?|yrs?) (?:old|of age)$/i, '');
      const value = /\d/.test(number) ? Number(number) : numberWordValue(number);
      if (!(value >= 0 && value <= 120) || RANGE_AFTER.test(rest)) continue;
      // "turned 70" is an age whatever follows; "she was 70" needs an ending that shows it is one.
      const turned = key === 'f' && / turned$/i.test(m[0].slice(0, m[0].length - phrase.length - 1));
      if (key === 'f' && !turned && !/ (?:old|age)$/i.test(phrase) && (UNIT_AFTER.test(rest) || !AGE_END.test(rest)))
        continue;
      // "I'm 63" is someone's age only when they are quoted saying it, and nothing after it makes it a count or a time.
      if (key === 'q' && (value < 2 || UNIT_AFTER.test(rest) || !AGE_END.test(rest) || !insideQuotation(text, m.index)))
        continue;
      // "a man of 88" is an age; "a man of 6 feet" is not.
      if (key === 'h' && (UNIT_AFTER.test(rest) || /^ ?(?:feet|foot|ft|inches|in\b)/i.test(rest))) continue;
      // "aged care", "age group" never reach here (a number must follow); "aged 18 months" is still an exact age.
    }
    // "M, 67": only where a clinical note starts (a quotation mark, a bracket, "pt", "sex"), not "Table F, 12".
    if (
      key === 'k' &&
      !/(?:^|["'“‘([;:]|\b(?:pt|patient|sex|gender)) ?$/i.test(text.slice(Math.max(0, m.index - 10), m.index))
    )
      continue;
    if (key === 'e') {
      const value = Number(phrase.replace(/\D/g, ''));
      const before = text.slice(Math.max(0, start - 16), start);
      const context =
        /(?:\b(?:an?|the|this|our|my|one|pt|patient|case)[ :]*|^|[.;:] |["“‘(])$/i.test(before) ||
        /^(?: ?(?:with|presenting|admitted|who|known|,|pmh|c\/o|brought|referred))/i.test(rest);
      if (!(value >= 1 && value <= 115) || !context) continue;
    }
    yield { rule: 'confidentiality/exact-age', start, end } satisfies Candidate;
  }
};

/** ", 67," after a person earlier in the clause: "The man in the side room, 67, kept asking about his dog." */
const APPOSED_AGE =
  /(?<=[\p{L})]), (?<n>\d{1,3})(?<unit> ?(?:yrs?|years?|mths?|months?|mo|wks?|weeks?|ans|mois)(?: \d{1,2} ?(?:mths?|months?|mo|mois))?)?,(?! ?\d)|(?<=[A-Za-z\d]) \((?<b>\d{1,3})\)|(?<=\b(?:[Pp]t|[Mm]um|[Dd]ad|[Mm]am|[Ww]ife|[Hh]usband|[Gg]ran|[Nn]an|[Gg]randad) )(?<k>\d{2,3})(?=,| (?:and|still|but|who|with)\b)/gu;
const PERSON_BEFORE = new RegExp(
  `(?<![\\w])(?:${PERSON_NOUN}|(?:Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z][\\w'’-]*|[A-Z][a-z]+ [A-Z][a-z]+)(?![\\w])[^,.;:!?]{0,40}$`,
  'i',
);

const PERSON_NEAR = new RegExp(
  `(?<![\\w])(?:${PERSON_NOUN}|(?:Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z][\\w'’-]*)(?![\\w])[^,.;:!?()]{0,20}$`,
  'i',
);

export const detectAppositionAges: Detector = function* (text) {
  for (const m of text.matchAll(APPOSED_AGE)) {
    const { n, unit = '', b, k } = m.groups ?? {};
    // "pt 94 and still chopping wood", "mum 19, dad 20": a number straight after the person, in shorthand.
    if (k !== undefined) {
      if (Number(k) >= 12 && Number(k) <= 115)
        yield { rule: 'confidentiality/exact-age', start: m.index, end: m.index + k.length };
      continue;
    }
    const written = `${n ?? b ?? ''}${unit}`;
    const value = Number(n ?? b);
    if ((!unit && value < 2) || value > 115) continue;
    // "the woman in bed 6 (81)": a number in brackets is an age only close after a person word, and
    // an adult's (brackets after text are as often a citation's or a list's number).
    if (
      b !== undefined
        ? value < 16 || !PERSON_NEAR.test(text.slice(Math.max(0, m.index - 30), m.index))
        : !PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))
    )
      continue;
    const start = m.index + m[0].indexOf(n ?? b ?? '');
    yield { rule: 'confidentiality/exact-age', start, end: start + written.length } satisfies Candidate;
  }
};

/**
 * Ages in French: "âgée de 82 ans", "un homme de 76 ans", "elle a 91 ans", "un bébé de 6 semaines".
 */
const FRENCH_AGE =
  /(?<![\p{L}])(?:âgée?s? de|(?:homme|femme|patiente?|dame|monsieur|madame|résidente?|bébé|enfant|garçon|garçonnet|fille|fillette|ado|adolescente?|nourrisson|aînée?|personne) (?:âgée? )?de|(?:il|elle|qui|monsieur|madame|le patient|la patiente) (?:a|avait|aura|aurait) (?:eu )?(?:à peine |presque |tout juste |juste |seulement |déjà )?) ?(?<n>\d{1,3}) (?<unit>ans|mois|semaines|jours)(?![\p{L}])/giu;

export const detectFrenchAges: Detector = function* (text) {
  for (const m of text.matchAll(FRENCH_AGE)) {
    const n = m.groups?.n ?? '';
    const value = Number(n);
    if (m.groups?.unit === 'ans' && (value < 1 || value > 115)) continue;
    const start = m.index + m[0].lastIndexOf(n);
    yield { rule: 'confidentiality/exact-age', start, end: m.index + m[0].length } satisfies Candidate;
  }
};
