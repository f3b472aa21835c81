/**
 * The confidentiality rules: one id per kind of identifying detail, each with its severity, whether a
 * reviewer may accept a finding of it (`reviewed-exceptions`), the category the test corpus reports
 * rates under, and the message and fix a contributor reads.
 *
 * Numbers that point at one person's records (health numbers, hospital numbers) and ways of reaching a
 * person (e-mail, telephone) can never be excepted in a file: a reviewer agreeing in a pull request
 * does not make them safe to publish. Names, places, ages and dates can, with the reviewer's reason,
 * because the check cannot tell a pseudonym or a historical date from a real patient's.
 */

export type Severity = 'error' | 'warning';

export interface RuleInfo {
  severity: Severity;
  /** Whether a reviewer may accept a finding under `reviewed-exceptions`. */
  exceptable: boolean;
  /** The family the corpus reports rates under. */
  category: 'health-number' | 'record-number' | 'date' | 'age' | 'name' | 'place' | 'postcode' | 'contact';
  message: (text: string) => string;
  fix: string;
}

const EXCEPTION_HINT = 'if it identifies no one, a reviewer can accept it under reviewed-exceptions (CONTRIBUTING.md)';
const NEVER =
  'remove it: a published piece must never carry a number that leads to a patient’s records (it cannot be excepted)';
const CONTACT_FIX =
  'remove it (a reviewer cannot except it); a poster may publish its own contact details under resources.contacts';

const healthNumber = (what: string): RuleInfo => ({
  severity: 'error',
  exceptable: false,
  category: 'health-number',
  message: (text) => `"${text}" is ${what}`,
  fix: NEVER,
});

export const RULES = {
  'confidentiality/nhs-number': healthNumber('an NHS number (ten digits with a valid modulus 11 check digit)'),
  'confidentiality/chi-number': healthNumber(
    'a CHI number (Scotland: a date of birth, four digits and a modulus 11 check digit)',
  ),
  'confidentiality/hc-number': healthNumber(
    'a Health and Care number (Northern Ireland: ten digits from 320 to 399 with a modulus 11 check digit)',
  ),
  'confidentiality/ontario-health-number': healthNumber(
    'an Ontario health card number (ten digits with a check digit, often a version code)',
  ),
  'confidentiality/alberta-phn': healthNumber('an Alberta personal health number'),
  'confidentiality/bc-phn': healthNumber(
    'a British Columbia personal health number (ten digits starting with 9, modulus 11 check digit)',
  ),
  'confidentiality/health-number': healthNumber('a number labelled as a health, insurance or health card number'),
  'confidentiality/hospital-number': {
    severity: 'error',
    exceptable: false,
    category: 'record-number',
    message: (text) => `"${text}" is a hospital, unit or medical record number`,
    fix: NEVER,
  },
  'confidentiality/unexplained-number': {
    severity: 'error',
    exceptable: true,
    category: 'record-number',
    message: (text) =>
      `"${text}" is a long number or code with nothing to say what it is: numbers of this shape are most often a patient's hospital, episode or lab number`,
    fix: `remove it; if it is not a patient's (an article number, a grant, a product code), say what it is ("ISBN", "PMID", "grant", "module code") or a reviewer can accept it under reviewed-exceptions (CONTRIBUTING.md)`,
  },
  'confidentiality/email': {
    severity: 'error',
    exceptable: false,
    category: 'contact',
    message: (text) => `"${text}" is an e-mail address`,
    fix: CONTACT_FIX,
  },
  'confidentiality/phone': {
    severity: 'error',
    exceptable: false,
    category: 'contact',
    message: (text) => `"${text}" is a telephone number`,
    fix: CONTACT_FIX,
  },
  'confidentiality/uk-postcode': {
    severity: 'error',
    exceptable: true,
    category: 'postcode',
    message: (text) => `"${text}" is a UK postcode: it can point to a single street`,
    fix: 'remove it, or name only the region ("a town in the North West")',
  },
  'confidentiality/canadian-postal-code': {
    severity: 'error',
    exceptable: true,
    category: 'postcode',
    message: (text) => `"${text}" is a Canadian postal code: it can point to a single street`,
    fix: 'remove it, or name only the province or region',
  },
  'confidentiality/postal-code': {
    severity: 'error',
    exceptable: true,
    category: 'postcode',
    message: (text) =>
      `"${text}" is a postal code (an Eircode, ZIP, or another country's code): it can point to a single street or house`,
    fix: 'remove it, or name only the region',
  },
  'confidentiality/social-handle': {
    severity: 'error',
    exceptable: false,
    category: 'contact',
    message: (text) => `"${text}" is a social media handle`,
    fix: CONTACT_FIX,
  },
  'confidentiality/date-of-birth': {
    severity: 'error',
    exceptable: true,
    category: 'date',
    message: (text) => `"${text}" gives a date of birth`,
    fix: `remove it; an age band ("in her eighties") is enough; ${EXCEPTION_HINT}`,
  },
  'confidentiality/date': {
    severity: 'error',
    exceptable: true,
    category: 'date',
    message: (text) =>
      `"${text}" is a full date: with other details it can identify a patient's admission, an event or a date of birth`,
    fix: `give only the month and year, or a relative time ("in my second week"); ${EXCEPTION_HINT}`,
  },
  'confidentiality/exact-age': {
    severity: 'warning',
    exceptable: true,
    category: 'age',
    message: (text) => `"${text}" gives an exact age, which narrows down who this is`,
    fix: `describe a life stage instead ("in her eighties", "a young adult"); ${EXCEPTION_HINT}`,
  },
  'confidentiality/title-surname': {
    severity: 'warning',
    exceptable: true,
    category: 'name',
    message: (text) => `"${text}" names a person by title and surname`,
    fix: `describe them by role ("the ward sister", "a consultant"); ${EXCEPTION_HINT}`,
  },
  'confidentiality/person-name': {
    severity: 'warning',
    exceptable: true,
    category: 'name',
    message: (text) => `"${text}" looks like a person's name`,
    fix: `describe them by role ("a healthcare assistant", "the patient"); if it is a cited author or a theorist, cite the work; ${EXCEPTION_HINT}`,
  },
  'confidentiality/ward-bed': {
    severity: 'warning',
    exceptable: true,
    category: 'place',
    message: (text) => `"${text}" gives a ward, bay or bed number, which places a patient`,
    fix: `say "on the ward" or "in a side room"; ${EXCEPTION_HINT}`,
  },
  'confidentiality/named-place': {
    severity: 'warning',
    exceptable: true,
    category: 'place',
    message: (text) => `"${text}" names a hospital, unit, trust, practice or clinic, which narrows down who was there`,
    fix: `describe the setting instead ("a district general hospital", "a GP practice", "a surgical ward"); ${EXCEPTION_HINT}`,
  },
} as const satisfies Record<string, RuleInfo>;

export type ConfidentialityRule = keyof typeof RULES;

/** Every confidentiality rule id. */
export const CONFIDENTIALITY_RULES = Object.keys(RULES) as ConfidentialityRule[];

/** The rules a reviewer may accept a finding of. */
export const EXCEPTABLE_RULES = CONFIDENTIALITY_RULES.filter((rule) => RULES[rule].exceptable);

/** The rules whose findings can never be excepted. */
export const UNEXCEPTABLE_RULES = CONFIDENTIALITY_RULES.filter((rule) => !RULES[rule].exceptable);

/**
 * The rules read in text a page carries but does not show as words: a web address after its scheme (a
 * login name, a path, a query, a fragment) and an element's id. Health numbers (their check digits make
 * them rare by chance), labelled ones, e-mail addresses, postcodes and dates of birth; not telephone or
 * record-like numbers, which addresses hold by the thousand (article ids, ISBNs, DOIs).
 */
export const HIDDEN_TEXT_RULES: ReadonlySet<ConfidentialityRule> = new Set(
  CONFIDENTIALITY_RULES.filter(
    (rule) =>
      RULES[rule].category === 'health-number' ||
      rule === 'confidentiality/email' ||
      rule === 'confidentiality/uk-postcode' ||
      rule === 'confidentiality/canadian-postal-code' ||
      rule === 'confidentiality/date-of-birth',
  ),
);

/**
 * The rules read in a poster's published contacts, on the page and in its source: its contact details
 * (e-mail, telephone, an organisation's address and postcode, its people's names and places) are meant
 * to be there, so only numbers that lead to a patient's records and dates of birth are looked for.
 */
export const CONTACT_RULES: ReadonlySet<ConfidentialityRule> = new Set(
  CONFIDENTIALITY_RULES.filter(
    (rule) =>
      RULES[rule].category === 'health-number' ||
      RULES[rule].category === 'record-number' ||
      rule === 'confidentiality/date-of-birth',
  ),
);
