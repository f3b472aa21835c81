/**
 * Find details in prose that could identify a patient or colleague once a reflection is published
 * (see the UK guidance summarised in CONTENT-SAFETY: removing a name is not enough, details combine).
 * Errors are identifiers no published reflection should carry; warnings are details a reviewer should
 * look at (an exact age, a title and surname, a bed number, a named hospital).
 *
 * Pure: a string in, findings with offsets out. Detectors run in priority order and a later detector
 * never reports text an earlier one already claimed, so "943 476 5919" is an NHS number, not also a
 * phone number.
 */

/** Every confidentiality rule id; a reviewed exception names one of these. */
export const CONFIDENTIALITY_RULES = [
  'confidentiality/nhs-number',
  'confidentiality/email',
  'confidentiality/uk-postcode',
  'confidentiality/canadian-postal-code',
  'confidentiality/date',
  'confidentiality/phone',
  'confidentiality/exact-age',
  'confidentiality/title-surname',
  'confidentiality/ward-bed',
  'confidentiality/named-place',
] as const;

export type ConfidentialityRule = (typeof CONFIDENTIALITY_RULES)[number];

export interface Finding {
  rule: ConfidentialityRule;
  severity: 'error' | 'warning';
  /** Offsets of the flagged text in the string searched. */
  start: number;
  end: number;
  /** The flagged text as written. */
  text: string;
  message: string;
  fix: string;
}

interface Detector {
  rule: ConfidentialityRule;
  severity: Finding['severity'];
  pattern: RegExp;
  /** Further checks a regular expression cannot make (a check digit, a real calendar date). */
  accept?: (match: RegExpExecArray) => boolean;
  message: (text: string) => string;
  fix: string;
}

/**
 * Spaces within a line, or one line break: a detail may wrap, but never across a blank line. Each run of
 * spaces can match in only one way (no nested quantifiers over the same characters), so long runs of
 * blanked-out text cannot make the patterns backtrack catastrophically.
 */
const GAP = String.raw`(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)`;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  MONTHS.split('|').map((name) => [name, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1]),
);

const EXCEPTION_HINT = 'if it identifies no one, a reviewer can accept it under reviewed-exceptions (CONTRIBUTING.md)';

const DETECTORS: Detector[] = [
  {
    rule: 'confidentiality/nhs-number',
    severity: 'error',
    pattern: /(?<!\d[ .-]|[\w+])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w]|[ .-]?\d)/g,
    accept: (m) => isValidNhsNumber(`${m[1]}${m[3]}${m[4]}`),
    message: (text) => `"${text}" is an NHS number (ten digits with a valid check digit)`,
    fix: 'remove it: a published piece must never carry a patient identifier',
  },
  {
    rule: 'confidentiality/email',
    severity: 'error',
    pattern: /(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
    message: (text) => `"${text}" is an e-mail address`,
    fix: 'remove it; a poster may publish its own contact details under resources.contacts',
  },
  {
    rule: 'confidentiality/uk-postcode',
    severity: 'error',
    pattern: /(?<!\w)(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?!\w)/g,
    message: (text) => `"${text}" is a UK postcode: it can point to a single street`,
    fix: 'remove it, or name only the region ("a town in the North West")',
  },
  {
    rule: 'confidentiality/canadian-postal-code',
    severity: 'error',
    pattern: /(?<!\w)[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?!\w)/g,
    message: (text) => `"${text}" is a Canadian postal code: it can point to a single street`,
    fix: 'remove it, or name only the province or region',
  },
  {
    rule: 'confidentiality/date',
    severity: 'error',
    pattern: new RegExp(
      [
        // 12 March 2021, 12th of March, 2021
        String.raw`(?<!\w)(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:${GAP}of)?${GAP}(?<m1>${MONTHS})\.?,?${GAP}(?<y1>\d{4})(?!\w)`,
        // March 12, 2021
        String.raw`(?<!\w)(?<m2>${MONTHS})\.?${GAP}(?<d2>\d{1,2})(?:st|nd|rd|th)?,?${GAP}(?<y2>\d{4})(?!\w)`,
        // 12/03/2021, 12-03-21, 12.03.2021 (a dot only with a four-digit year: 3.10.12 is a version)
        String.raw`(?<![\w/.-])(?<a3>\d{1,2})(?<s3>[/-])(?<b3>\d{1,2})\k<s3>(?<y3>\d{4}|\d{2})(?![\w/-]|\.\d)`,
        String.raw`(?<![\w/.-])(?<a4>\d{1,2})\.(?<b4>\d{1,2})\.(?<y4>\d{4})(?![\w/-]|\.\d)`,
        // 2021-03-12
        String.raw`(?<![\w/.-])(?<y5>\d{4})-(?<m5>\d{2})-(?<d5>\d{2})(?![\w/-]|\.\d)`,
      ].join('|'),
      'g',
    ),
    accept: (m) => isFullDate(m.groups ?? {}),
    message: (text) => `"${text}" is a full date: with other details it can identify a patient's admission, an event or a date of birth`,
    fix: `give only the month and year, or a relative time ("in my second week"); ${EXCEPTION_HINT}`,
  },
  {
    rule: 'confidentiality/phone',
    severity: 'error',
    pattern: /(?<![\w+(])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,13}(?:[ .-]\d{2,6}){0,4}(?!\w|[.-]\d)/g,
    accept: (m) => isPhoneNumber(m[0]),
    message: (text) => `"${text}" is a telephone number`,
    fix: 'remove it; a poster may publish its own contact details under resources.contacts',
  },
  {
    rule: 'confidentiality/exact-age',
    severity: 'warning',
    pattern: new RegExp(
      String.raw`(?<!\w)(?:aged?(?:${GAP}of)?${GAP}\d{1,3}(?!\d)|\d{1,3}[- ](?:years?|yrs?|months?|weeks?|days?)[- ]old(?!\w)|\d{1,3}${GAP}(?:years?|yrs?)${GAP}of${GAP}age(?!\w)|\d{1,3}[^\S\n]?(?:yo|y/o|y\.o\.)(?!\w))`,
      'gi',
    ),
    message: (text) => `"${text}" gives an exact age, which narrows down who this is`,
    fix: `describe a life stage instead ("in her eighties", "a young adult"); ${EXCEPTION_HINT}`,
  },
  {
    rule: 'confidentiality/title-surname',
    severity: 'warning',
    pattern: new RegExp(String.raw`(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Matron)\.?${GAP}(?:[A-Z]\.${GAP}?)*[A-Z][a-z][A-Za-z'’-]*(?!\w)`, 'g'),
    message: (text) => `"${text}" names a person by title and surname`,
    fix: `describe them by role ("the ward sister", "a consultant"); ${EXCEPTION_HINT}`,
  },
  {
    rule: 'confidentiality/ward-bed',
    severity: 'warning',
    pattern: new RegExp(String.raw`(?<!\w)(?:[Ww]ard|[Bb]ay|[Bb]ed(?:space)?|[Cc]ubicle|[Ss]ide[ -]room|[Rr]oom)${GAP}(?:\d{1,3}[A-Za-z]?|[A-Z]\d{0,2})(?!\w)`, 'g'),
    message: (text) => `"${text}" gives a ward, bay or bed number, which places a patient`,
    fix: `say "on the ward" or "in a side room"; ${EXCEPTION_HINT}`,
  },
  {
    rule: 'confidentiality/named-place',
    severity: 'warning',
    pattern: new RegExp(String.raw`(?<!\w)(?:[A-Z][A-Za-z'’-]+${GAP}){1,4}(?:Hospital|Infirmary|Hospice|Medical${GAP}Centre|Health${GAP}Centre|Surgery|Ward)(?!\w)`, 'g'),
    accept: (m) => namesAPlace(m[0]),
    message: (text) => `"${text}" names a hospital, practice or ward, which narrows down who was there`,
    fix: `describe the setting instead ("a district general hospital", "a GP practice"); ${EXCEPTION_HINT}`,
  },
];

/** Every finding in a string, in order of position. */
export function findIdentifiers(value: string): Finding[] {
  const claimed: Array<[number, number]> = [];
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    for (const match of value.matchAll(detector.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (detector.accept && !detector.accept(match as RegExpExecArray)) continue;
      if (claimed.some(([s, e]) => start < e && s < end)) continue;
      claimed.push([start, end]);
      const text = match[0];
      findings.push({ rule: detector.rule, severity: detector.severity, start, end, text, message: detector.message(collapse(text)), fix: detector.fix });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Collapse runs of white space (a detail may wrap across a line) to one space. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** NHS numbers: ten digits, the last a modulus 11 check digit over the first nine (weights 10 to 2). */
export function isValidNhsNumber(input: string): boolean {
  const digits = input.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function isFullDate(g: Record<string, string | undefined>): boolean {
  const valid = (day: number, month: number, year: number) => {
    const fullYear = year < 100 ? 2000 + year : year;
    if (fullYear < 1900 || fullYear > 2100 || month < 1 || month > 12 || day < 1) return false;
    return day <= new Date(Date.UTC(fullYear, month, 0)).getUTCDate();
  };
  const n = (v: string | undefined) => Number(v);
  if (g.d1) return valid(n(g.d1), MONTH_NUMBER[g.m1 ?? ''] ?? 0, n(g.y1));
  if (g.d2) return valid(n(g.d2), MONTH_NUMBER[g.m2 ?? ''] ?? 0, n(g.y2));
  // Day-first (UK) or month-first (North America): either reading makes it a date.
  if (g.a3) return valid(n(g.a3), n(g.b3), n(g.y3)) || valid(n(g.b3), n(g.a3), n(g.y3));
  if (g.a4) return valid(n(g.a4), n(g.b4), n(g.y4)) || valid(n(g.b4), n(g.a4), n(g.y4));
  if (g.y5) return valid(n(g.d5), n(g.m5), n(g.y5));
  return false;
}

/** Ten to thirteen digits (up to fifteen after a +), and not a list of years such as "2019 2020 2021". */
function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  const max = text.startsWith('+') ? 15 : 13;
  if (digits < 10 || digits > max) return false;
  const groups = text.split(/[^\d]+/).filter(Boolean);
  return !groups.every((group) => /^(19|20)\d\d$/.test(group));
}

/** Words that describe a kind of place rather than name one ("a General Hospital", "Day Surgery"). */
const GENERIC_WORDS = new Set(
  'The A An This That These Those Our My His Her Their Its In At On To From General District Community Local Teaching University Private Public Rural Urban Children’s Children\'s Maternity Mental Health Care Day Acute Cardiac Orthopaedic Plastic Vascular Minor Oral Dental Paediatric Emergency Trauma Major Field Military Veterinary Psychiatric Specialist Regional National NHS GP Cottage Small Large Busy Main New Old'.split(' '),
);

function namesAPlace(text: string): boolean {
  const qualifiers = text.replace(/\s*(?:Hospital|Infirmary|Hospice|Medical\s+Centre|Health\s+Centre|Surgery|Ward)$/, '').split(/\s+/);
  return qualifiers.some((word) => !GENERIC_WORDS.has(word));
}
