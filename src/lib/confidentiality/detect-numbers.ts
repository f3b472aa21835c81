/**
 * Numbers that lead to one person's records: UK and Canadian health numbers (labelled or not, with
 * any separator, accepted on their check digits), hospital, unit and medical record numbers (when
 * labelled: a bare seven-digit number could be anything), and telephone numbers.
 */
import {
  isValidAlbertaPhn,
  isValidBcPhn,
  isValidChiNumber,
  isValidHcNumber,
  isValidMod11,
  isValidOntarioHealthNumber,
  isRealDate,
} from './check-digits.ts';
import { type Candidate, type Detector, matches, sentenceStart } from './detector.ts';
import type { ConfidentialityRule } from './rules.ts';

const NUMBER_LABEL = String.raw`(?: ?\(?(?:number|num\.?|no\.?|#|ID|identifier|reference|ref\.?))*(?: ?(?:is|was|of|[:=#,-]))*[ :()]*`;

/** "NHS no. 999 000 0018", "health card number: 1234-567-890-AB", "PHN 9698 658 215", "ULI 12345-6789". */
const HEALTH_SCHEMES = String.raw`NHS|CHI|PHIN|MSI|MCP|HSN|assurance[- ]maladie(?: d[ue] [\w.-]+)?|carte soleil|NAM|H ?& ?C|HSC|HCN|OHIP|PHN|ULI|MSP|RAMQ|AHCIP|MHSC|Medicare|Medicaid|IHI|Individual Health Identifier|PhilHealth|ABHA|PPSN?|member|subscriber|insurance|policy|health(?: (?:and|&) care| ?card| insurance| services?)?|(?:personal|provincial) health|health ?care|care card|medical card`;
const HEALTH_LABELLED = new RegExp(
  String.raw`(?<![\w&])(?:${HEALTH_SCHEMES})${NUMBER_LABEL}` +
    String.raw`(?<value>(?:[A-Z]{1,4})?\d(?:[ ./-]?\d){5,17}(?:[ -]?[A-Z]{1,2}(?![\w])|\/\d(?![\w]))?)(?![\w])`,
  'gi',
);
/**
 * A health-number label a few words before the number: "asked for the H&C number first, and I read
 * out 320 471 9958", "his green OHIP card and I wrote 5584-213-907-TK". Nine to twelve digits, in the
 * same sentence, at most 80 characters on.
 */
const HEALTH_WORD =
  /(?<![\w&])(?:NHS (?:number|no\.?)|CHI (?:number|no\.?)|H ?& ?C(?: (?:number|no\.?))?|OHIP|MSI|health ?card|health services? (?:number|no\.?)|PHIN|PHN|ULI|RAMQ|Medicare|Medicaid|IHI|(?:personal|provincial) health number|health(?: ?care| card)? (?:number|no\.?)|health insurance number)(?![\w])/gi;
const EARLIER_HEALTH_VALUE = /(?<![\w.,/-])\d(?:[ ./-]?\d){8,11}(?![\w]|[.,/-]\d)/g;
const LATER_HEALTH_VALUE =
  /^[^.!?;]{0,80}?(?<![\w.,/-])(?<value>\d(?:[ ./-]?\d){8,11}(?:[ -]?[A-Z]{2}(?![\w]))?)(?![\w]|[.,/-]\d)/;

/**
 * A record number as written: letters before it ("K123456", "RX 1234567", "D/07/33812", "H-2210-9987"),
 * digits in groups separated by a space, hyphen or slash, and a letter or two after it ("7734521B").
 */
const RECORD_VALUE = String.raw`(?:(?:[A-Z][A-Z\d]{0,4}[/-]){1,3}(?:\d{2}[/-])?|\d{2,4}[/-][A-Z]{2,4}[/-]|[A-Z]{1,4}\d{1,3}[/-]|\d{2}[A-Z]{1,2}-?|[A-Z]{0,3}[ /-]?)\d(?:[ /-]?\d){3,11}(?:[A-Z]{1,2}|-\d{1,3}|-[A-Z]{1,3})?`;
/**
 * "MRN 00123456", "hosp. no. K123456", "unit number 7654321", "medical record no: RX 1234567",
 * "case-note number D/07/33812", "EPR number H-2210-9987", "K number (K0983321)", "RN: 5118204".
 * Besides the usual record words, any local label in capitals (a letter or an acronym: "K", "RTH",
 * "EPR", "PAS") followed by "number", "no." or "#" names a record number, and a capitalised acronym
 * followed by a colon does too when six or more digits follow.
 */
const RECORD_LABELLED = new RegExp(
  String.raw`(?<![\w])(?:MRN|medical records?|records?|hospital|hosp\.?|unit|case(?:[ -]?notes?)?|notes|patient|pt|chart|registration|reg\.?|EPR|EHR|PAS|CRN|URN|e?PCR|RiO|SystmOne|EMIS|file|episode|encounter|visit|admission|accession|lab|specimen|sample|result|request|referral|safeguarding|MASH|incident|Datix|ED|A&E|ER|triage|attendance|CAD|UBRN|e-?referral|(?:n[o°º]\.? |numéro )?de dossier|dossier|job|call|reference|pathology|path|histology|radiology|imaging|Rx|prescription|script|booking|maternity|run|letter|clinic letter|correspondence|Mosaic|Liquidlogic|Paris|Carenotes|Lorenzo|Cerner|Epic|Meditech|Cortex|Carefirst)${NUMBER_LABEL}(?<value>${RECORD_VALUE})(?![\w])`,
  'gi',
);
/** The local labels, in capitals only (case matters: "a number" is not a label). */
const RECORD_LOCAL_LABELLED = new RegExp(
  String.raw`(?<![\w])(?:(?<local>[A-Z]{1,5})(?= ?(?:number|[Nn]o\.?|num\.?|#|ID)(?![a-z]))|(?<colon>[A-Z]{2,5})(?=: ?[A-Z]{0,3}\d{6}))${NUMBER_LABEL}(?<value>${RECORD_VALUE})(?![\w])`,
  'g',
);
/** Record labels that need a word such as "number" after them ("unit 4" is a unit of a course). */
const BARE_RECORD_LABELS =
  /^(?:unit|case|patient|pt|chart|records?|hospital|hosp\.?|registration|reg\.?|notes|case-?notes?|case notes?|file|episode|encounter|pathology|path|histology|radiology|imaging|prescription|script|booking|maternity|run|letter|clinic letter|correspondence|visit|admission|lab|specimen|sample|result|request|referral|safeguarding|incident|ED|A&E|ER|triage|job|call)$/i;
/** Acronyms before "number" that do not number a patient's records. */
const NOT_RECORD_ACRONYMS =
  /^(?:NHS|CHI|HC|HSC|HCN|OHIP|PHN|ULI|MSP|RAMQ|ISBN|ISSN|DOI|PMID|PMCID|ORCID|NMC|GMC|HCPC|PIN|TEL|FAX|MOB|EXT|ID|A|I|NI|UK|US|CA|IV|OT|GP|ED|AE|ISO|BNF|NICE|WHO|CQC|RCN|PAGE|ROOM|BED|BAY|TABLE|FIG|NCT|ISRCTN|CRD|CT|SCTID|ICD|OPCS|ATC|EAN|UPC|NDC|DIN|PL|CAS|EC|REC|IRAS|ISNI|ARK|LCCN|OCLC|ASIN)$/;

/** Prefixes of registries and catalogues, which number studies, books and codes, never patients. */
const REGISTRY_PREFIXES =
  /^(?:NCT|ISRCTN|CRD|ISBN|ISSN|DOI|PMID|PMCID|PMC|ORCID|SCTID|ICD|OPCS|ATC|EAN|UPC|NDC|DIN|PL|CAS|EC|REC|IRAS|ISNI|ARK|LCCN|OCLC|ASIN|GMC|NMC|HCPC)$/;

/** A run of digit groups separated by single spaces, hyphens, dots, slashes or backslashes. */
const DIGIT_RUN = /(?<![\w.,+/\\-]|[.-]\d)\d+(?:[ ./\\-]\d+)*(?: ?-? ?[A-Z]{2}(?![\w]))?(?![\w]|[.,/\\-]\d)/g;

/** The last words before a number that say it is a telephone number. */
const PHONE_LABEL =
  /(?:\b(?:tel|telephone|phone|phoned|mobile|mob|cell|fax|call|called|ring|rang|text|texted|contact|ext|extension|dial|dialled|landline)\b[ .:]*(?:on|is|was|no\.?|number)?[ .:]*)$/i;

/** "ISBN 9780198812326", "ISBN number 978 0 19 881232 6": a book's number, which can pass a telephone's or a health number's test. */
const BOOK_NUMBER_BEFORE = /\b(?:ISBN|ISSN|EAN)(?:-1[03])?(?: ?(?:number|no\.?))?[ :]*$/i;

/** Labels that are only health labels with a word such as "number" or "ID" after them. */
const BARE_HEALTH_LABELS = /^(?:member|subscriber|insurance|policy|PPS)$/i;

export const detectLabelledHealthNumbers: Detector = function* (text) {
  const seen = new Set<number>();
  yield* matches(text, HEALTH_LABELLED, (m) => {
    // The pattern ignores case for its labels; a version code is capitals ("AB"), never a word ("is").
    const written = m.groups?.value ?? '';
    const value = written.replace(/[ -]?[a-z][A-Za-z]?$/, '').replace(/^[a-z]+/, '');
    const digits = value.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 18 || /^[a-z]/.test(written)) return undefined;
    if (
      value
        .split(/\D+/)
        .filter(Boolean)
        .every((group) => /^(?:19|20)\d\d$/.test(group))
    )
      return undefined;
    const label = m[0].slice(0, m[0].length - written.length).trim();
    if (
      BARE_HEALTH_LABELS.test(label.split(/[ :#=.(),-]+/)[0] ?? '') &&
      !/(?:number|num|no|#|ID|identifier)\b|#/i.test(label)
    )
      return undefined;
    const start = m.index + m[0].length - written.length;
    seen.add(start);
    return {
      rule: classifyHealthNumber(value, true) ?? 'confidentiality/health-number',
      start,
      end: start + value.length,
    };
  });
  for (const m of text.matchAll(HEALTH_WORD)) {
    const from = m.index + m[0].length;
    const later = LATER_HEALTH_VALUE.exec(text.slice(from, from + 120));
    let value = later?.groups?.value;
    let start = later && value ? from + later.index + later[0].length - value.length : -1;
    if (!later || !value) {
      // The number can come first: "whether 0012 447 893 was still an active health card number".
      const opening = sentenceStart(text, m.index, 100);
      const earlier = [...text.slice(opening, m.index).matchAll(EARLIER_HEALTH_VALUE)].pop();
      if (!earlier) continue;
      value = earlier[0];
      start = opening + earlier.index;
    }
    if (looksLikeDate(value)) continue;
    if (seen.has(start) || PHONE_LABEL.test(text.slice(Math.max(0, start - 24), start))) continue;
    seen.add(start);
    yield {
      rule: classifyHealthNumber(value, true) ?? 'confidentiality/health-number',
      start,
      end: start + value.length,
    };
  }
};

/** A value that is a date ("1945-11-29", "14/03/1952") after a record-like label is left to the date detectors. */
function looksLikeDate(value: string): boolean {
  const parts = value.split(/[ /.-]/);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return false;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  if (parts[0]!.length === 4) return isRealDate(c, b, a);
  if (parts[2]!.length === 4) return isRealDate(a, b, c) || isRealDate(b, a, c);
  // "09/07/26": a day, a month and a two-digit year, in either order, with one separator throughout.
  if (/^\d{1,2}([/.-])\d{1,2}\1\d{2}$/.test(value))
    return [1900 + c, 2000 + c].some((year) => isRealDate(a, b, year) || isRealDate(b, a, year));
  return false;
}

const acceptRecord = (text: string, m: RegExpExecArray): Candidate | undefined => {
  const written = m.groups?.value ?? '';
  // A prefix of capitals belongs to the number ("K123456"); a lower-case word does not.
  const value = written.replace(/^[A-Za-z]*[a-z][A-Za-z]* ?/, '');
  const digits = value.replace(/\D/g, '').length;
  // Five digits at least; four will do in a code with letters at both ends ("RF-7729-OT").
  // A date, even after a capital or two that a label left behind ("EDD 09/07/26" read as "ED" and "D 09/07/26").
  if (
    (digits < 5 && !(digits === 4 && /^[A-Z].*[A-Z]$/.test(value))) ||
    looksLikeDate(value) ||
    looksLikeDate(value.replace(/^[A-Z]{1,3} /, ''))
  )
    return undefined;
  // "Patient DOB 1947-06-30": a date after its own label is the date rules' to report.
  if (/^(?:DOB|DOD|DOA|DOS)\b/.test(value) && looksLikeDate(value.replace(/^[A-Z]+ ?/, ''))) return undefined;
  // "reference 2019/2020": years are not a record.
  if (
    value
      .split(/[^\d]+/)
      .filter(Boolean)
      .every((group) => /^(?:19|20)\d\d$/.test(group))
  )
    return undefined;
  // "REC reference 23/WA/0147", "Grant reference CIHR PJT-183245": a study's or a grant's reference, not a patient's.
  if (
    /\b(?:REC|IRAS|ethics|grant|award|funder|funding|CIHR|NIHR|MRC|ESRC|EPSRC|Wellcome|SSHRC|NSERC|ISRCTN|trial|study)\b[^.;]{0,24}$/i.test(
      text.slice(Math.max(0, m.index - 30), m.index + m[0].length - (m.groups?.value ?? '').length),
    )
  )
    return undefined;
  const { local, colon } = m.groups ?? {};
  if ((local ?? colon) && NOT_RECORD_ACRONYMS.test(local ?? colon ?? '')) return undefined;
  // "PMID 31234567": a registry's name read as a local label ("PM") and "ID".
  if (local && REGISTRY_PREFIXES.test(/^[A-Z]+/.exec(m[0])?.[0] ?? '')) return undefined;
  if (colon && digits < 6) return undefined;
  const label = m[0].slice(0, m[0].length - written.length).trim();
  const firstWord = label.split(/[ :#=.(),-]+/)[0] ?? '';
  // A bare label ("unit 4", "record 12") needs a word such as "number", unless the value is a code of capitals and digits ("record DR-10447").
  if (
    BARE_RECORD_LABELS.test(firstWord) &&
    !/(?:number|num|no|#|ID|identifier|reference|ref)\b|#/i.test(label) &&
    !/^[A-Z]{1,4}[-/ ]?\d/.test(value)
  )
    return undefined;
  // A number introduced as a telephone or bleep number is not a record number.
  if (PHONE_LABEL.test(text.slice(Math.max(0, m.index - 24), m.index))) return undefined;
  const start = m.index + m[0].length - value.length;
  return { rule: 'confidentiality/hospital-number', start, end: start + value.length };
};

/**
 * A record label earlier in the same sentence, then the number itself after a possessive or a verb:
 * "every chart had the MRN written on the spine, and his was 7003 5519", "the chart number is called
 * an MRN too, and hers, 112-448-09, was on the whiteboard". At most 120 characters apart, no sentence
 * end between.
 */
const RECORD_WORD =
  /(?<![\w])(?:MRN|(?:hospital|unit|(?:medical )?record|case[- ]?note|chart|(?:clinic )?file|episode|encounter|ED|A&E|accession|lab|e?PCR|referral|safeguarding|K) (?:number|no\.?|reference|ref\.?|ID)|hosp\.? no\.?)(?![\w])/gi;
const LATER_VALUE = new RegExp(
  String.raw`^[^.!?]{0,120}?(?<![\w])(?:his|hers|theirs|mine|hers was|his was|theirs was|which was|it was|hers is|his is|it is|this one)[ ,:]+(?:was |is )?(?<value>${RECORD_VALUE})(?![\w])`,
  'i',
);

/**
 * The number written just after the label's clause, with nothing but a verb, a comma or a colon before
 * it: "the MRN on her label was 40082917", "her chart number at the Winnipeg clinic, 118-442-907".
 * Six digits at least, since the words between could be about anything.
 */
const NEAR_VALUE = new RegExp(
  String.raw`^[^.!?;]{0,60}?(?:\b(?:was|is|read|reads|showed|shows|said|says|reading)|[,:])[ ]+(?<value>${RECORD_VALUE})(?![\w])`,
  'i',
);
/** A number written before its label: "I wrote M0938241 on the pot, which was his hospital number". */
const EARLIER_VALUE = new RegExp(String.raw`(?<![\w/-])(?<value>[A-Z]{0,3}\d(?:[ /-]?\d){5,11}[A-Z]?)(?![\w])`, 'g');
const OWNER_BEFORE = /\b(?:his|her|their|its|the patient['’]s|the man['’]s|the woman['’]s) $/i;
/**
 * A code of capitals and six or more digits, labelled or not ("RXQ 903317", "M0938241"): that is how
 * hospitals print record numbers on wristbands and labels. Registry, book and coding identifiers
 * ("NCT01234567", "ISBN", "PMID") are not a patient's.
 */
const CODED_VALUE =
  /(?<![\w/.:#-])(?:(?<prefix>[A-Z]{1,4})\d{0,2}(?<gap>[ -]?)\d{6,10}(?:-\d{2,5})?|\d{2}[A-Z]\d{6,8}|#?[A-Z]{2,5}-\d{3,6}(?:-\d{2,6})+)(?![\w]|[.,/-]\d)/g;
/** A capitalised word, "ID" and six or more digits ("Mosaic ID 1049823", "Frontier ID 2207714"): a system's record of a person. */
const SYSTEM_ID =
  /(?<![\w])[A-Z][A-Za-z]+(?: (?:client|patient|person|service user|case|family|child))? ID[ :#]*(?<value>\d{6,10})(?![\w]|[.,/-]\d)/g;
/** A number of six to nine digits with a leading zero ("bloods for 0049317"): counts and doses never start with 0; record numbers do. */
const ZERO_LED = /(?<![\w.,/+()-])0\d{5,8}(?![\w]|[.,/-]\d)/g;

const digitCount = (value: string) => value.replace(/\D/g, '').length;

export const detectRecordNumbers: Detector = function* (text) {
  const seen = new Set<number>();
  for (const pattern of [RECORD_LABELLED, RECORD_LOCAL_LABELLED]) {
    for (const m of text.matchAll(pattern)) {
      const found = acceptRecord(text, m as RegExpExecArray);
      if (found && !seen.has(found.start)) {
        seen.add(found.start);
        yield found;
      }
    }
  }
  const found = (start: number, value: string): Candidate | undefined => {
    if (seen.has(start)) return undefined;
    seen.add(start);
    return { rule: 'confidentiality/hospital-number', start, end: start + value.length };
  };
  for (const m of text.matchAll(RECORD_WORD)) {
    const from = m.index + m[0].length;
    const after = text.slice(from, from + 200);
    const later = LATER_VALUE.exec(after);
    const near = NEAR_VALUE.exec(after);
    const chosen =
      later?.groups?.value && digitCount(later.groups.value) >= 5
        ? later
        : near?.groups?.value && digitCount(near.groups.value) >= 6
          ? near
          : undefined;
    const value = chosen?.groups?.value;
    if (chosen && value && !looksLikeDate(value)) {
      const candidate = found(from + chosen.index + chosen[0].length - value.length, value);
      if (candidate) yield candidate;
      continue;
    }
    // "..., which was his hospital number": the number came first, earlier in the same sentence.
    if (!OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const opening = sentenceStart(text, m.index, 160);
    let last: RegExpExecArray | undefined;
    for (const e of text.slice(opening, m.index).matchAll(EARLIER_VALUE)) last = e as RegExpExecArray;
    const earlier = last?.groups?.value;
    if (!last || !earlier || looksLikeDate(earlier)) continue;
    const candidate = found(opening + last.index, earlier);
    if (candidate) yield candidate;
  }
  for (const m of text.matchAll(SYSTEM_ID)) {
    const value = m.groups?.value ?? '';
    if (
      /^(?:ORCID|ISNI|IRAS|REC|Scopus|Researcher|Staff|Student|Employee|Vendor|Apple|Zoom|Meeting|Teams|Skype)\b/.test(
        m[0],
      )
    )
      continue;
    const candidate = found(m.index + m[0].length - value.length, value);
    if (candidate) yield candidate;
  }
  for (const m of [...text.matchAll(CODED_VALUE), ...text.matchAll(ZERO_LED)]) {
    // A registry's prefix never names a record; an acronym such as "ED" does when the digits are joined to it ("ED2291746").
    const prefix = m.groups?.prefix ?? '';
    if (
      REGISTRY_PREFIXES.test(prefix) ||
      (m.groups?.gap !== '' && NOT_RECORD_ACRONYMS.test(prefix)) ||
      PHONE_LABEL.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
      explainedBefore(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    const candidate = found(m.index, m[0]);
    if (candidate) yield candidate;
  }
};

/**
 * Unlabelled health numbers: any run of digit groups, tried as windows of consecutive groups holding
 * ten digits (NHS, CHI, H&C, Ontario, BC) or nine (Alberta), accepted only on a valid check digit. A
 * number introduced as a telephone number is left to the telephone detector.
 */
export const detectHealthNumbers: Detector = function* (text) {
  for (const run of text.matchAll(DIGIT_RUN)) {
    const written = run[0];
    // Most runs are years, doses and counts: fewer than nine digits cannot be a health number.
    let digitCount = 0;
    for (let k = 0; k < written.length; k++) {
      const c = written.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) digitCount++;
    }
    if (digitCount < 9) continue;
    // "ISBN 978-0-19-954880-3": a book's number, whose tail can pass a health number's check.
    if (BOOK_NUMBER_BEFORE.test(text.slice(Math.max(0, run.index - 20), run.index))) continue;
    if (isPageRange(written)) continue;
    const groups = [...written.matchAll(/\d+/g)].map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
      digits: g[0],
    }));
    const versionCode = /[A-Z]{2}$/.test(written) ? written.match(/ ?-? ?[A-Z]{2}$/)?.[0] : undefined;
    let i = 0;
    while (i < groups.length) {
      let found: Candidate | undefined;
      let digits = '';
      for (let j = i; j < groups.length && digits.length < 10; j++) {
        digits += groups[j]!.digits;
        if (digits.length !== 9 && digits.length !== 10) continue;
        const sizes = groups
          .slice(i, j + 1)
          .map((g) => g.digits.length)
          .join('-');
        const window = text.slice(groups[i]!.start, groups[j]!.end);
        const withCode = j === groups.length - 1 && versionCode ? window + versionCode : window;
        const rule = classifyHealthNumber(withCode, false, sizes);
        if (rule) {
          found = { rule, start: groups[i]!.start, end: groups[j]!.end + (withCode.length - window.length) };
          i = j + 1;
          break;
        }
      }
      if (!found) {
        i++;
        continue;
      }
      // A number introduced as a telephone number is left to the telephone detector, and so is one
      // with a country code before it ("+44 7700 900213") or in North America's shape in its
      // range for fiction ("604.555.0129", "604-555-0199": 555-0100 to 555-0199).
      if (PHONE_LABEL.test(text.slice(Math.max(0, found.start - 24), found.start))) continue;
      if (/\+\d{1,3}[ .-]?$/.test(text.slice(Math.max(0, found.start - 5), found.start))) continue;
      if (/^\(?\d{3}\)?[ .-]555[ .-]01\d\d$/.test(text.slice(found.start, found.end))) continue;
      yield found;
    }
  }
};

/**
 * Which health number a string of digits is, or undefined. `sizes` is the grouping as written
 * ("3-3-4"); an Ontario or Alberta number (Luhn check digit) is only taken without a label when it is
 * written the way those provinces print it, because one random number in ten passes a Luhn check.
 */
export function classifyHealthNumber(
  value: string,
  labelled: boolean,
  sizes?: string,
): ConfidentialityRule | undefined {
  const digits = value.replace(/\D/g, '');
  const hasVersionCode = /\d ?-? ?[A-Z]{1,2}$/.test(value.trim());
  if (digits.length === 10) {
    if (hasVersionCode && isValidOntarioHealthNumber(digits)) return 'confidentiality/ontario-health-number';
    const canadianShape = sizes === undefined || sizes === '4-3-3' || sizes === '10';
    if (canadianShape && isValidBcPhn(digits)) return 'confidentiality/bc-phn';
    if (isValidHcNumber(digits)) return 'confidentiality/hc-number';
    if (isValidMod11(digits) && /^[0-3]/.test(digits) && isValidChiNumber(digits)) return 'confidentiality/chi-number';
    if (isValidMod11(digits)) return 'confidentiality/nhs-number';
    if (isValidOntarioHealthNumber(digits) && (labelled || hasVersionCode || sizes === '4-3-3' || sizes === '10'))
      return 'confidentiality/ontario-health-number';
    return labelled ? 'confidentiality/health-number' : undefined;
  }
  if (digits.length === 9) {
    if (isValidAlbertaPhn(digits) && (labelled || sizes === '5-4' || sizes === '9'))
      return 'confidentiality/alberta-phn';
    return labelled ? 'confidentiality/health-number' : undefined;
  }
  return labelled ? 'confidentiality/health-number' : undefined;
}

/** Digits said aloud: "nine nine nine, seven three six, five three one three", "oh seven seven double oh". */
const SPOKEN_DIGIT = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)';
const SPOKEN_RUN = new RegExp(
  String.raw`(?<![\w-])(?:(?:double|triple) )?${SPOKEN_DIGIT}(?:[ ,-]{1,3}(?:(?:double|triple) )?${SPOKEN_DIGIT}){6,14}(?![\w-])`,
  'gi',
);
/** Seven digits said aloud in a row: less than this is never a number the spoken detector reports. */
export const SPOKEN_NUMBER_HINT = new RegExp(
  String.raw`\b${SPOKEN_DIGIT}(?:[ ,-]{1,3}(?:(?:double|triple) )?${SPOKEN_DIGIT}){6}`,
  'i',
);
const SPOKEN_VALUE: Record<string, string> = {
  zero: '0',
  oh: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/**
 * A health or telephone number read out in words: the words become digits and are judged like a
 * written number (a valid check digit, or a telephone number's shape after a telephone word).
 */
export const detectSpokenNumbers: Detector = (text) =>
  matches(text, SPOKEN_RUN, (m) => {
    let digits = '';
    let repeat = 1;
    for (const word of m[0].toLowerCase().split(/[ ,-]+/)) {
      if (word === 'double' || word === 'triple') repeat = word === 'double' ? 2 : 3;
      else {
        digits += (SPOKEN_VALUE[word] ?? '').repeat(repeat);
        repeat = 1;
      }
    }
    // The label may stand a few words back: "her care card number out as nine eight seven ...", "the PHIN?" — "Nine-oh-six ...".
    const labelled =
      /\b(?:NHS|CHI|H&C|OHIP|PHIN?|MSP|health(?: card)?|care card)\b(?: (?:number|no\.?))?[^.!]{0,30}$/i.test(
        text.slice(Math.max(0, m.index - 60), m.index),
      );
    if (digits.length === 9 || digits.length === 10) {
      const rule = classifyHealthNumber(digits, labelled);
      if (rule) return rule;
    }
    if (digits.length >= 10 && digits.length <= 11 && digits.startsWith('0')) return 'confidentiality/phone';
    // As with a number in figures, a long one read out that nothing explains is refused; counting aloud ("one, two, three ...") is not a number.
    if (digits.length >= 9 && !isCounting(digits)) return 'confidentiality/unexplained-number';
    return undefined;
  });

/** "123456789", "987654321": counting up or down, one by one. */
function isCounting(digits: string): boolean {
  const steps = new Set<number>();
  for (let k = 1; k < digits.length; k++) steps.add((Number(digits[k]) - Number(digits[k - 1]) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** Quebec health insurance numbers: four letters and eight digits ("ABCD 1234 5678"), month 01-12 or 51-62. */
const RAMQ = /(?<![\w])[A-Z]{4} ?\d{2}(?<month>\d{2}) ?\d{4}(?![\w])/g;

export const detectQuebecHealthNumbers: Detector = (text) =>
  matches(text, RAMQ, (m) => {
    const month = Number(m.groups?.month);
    return (month >= 1 && month <= 12) || (month >= 51 && month <= 62) ? 'confidentiality/health-number' : undefined;
  });

const PHONE =
  /(?<![\w+(./-])(?:\+\d{1,3}[ .-]?|1[ .-](?=\d{3}[ .-]\d{3}[ .-]\d{4}))?(?:\(\d{2,5}\)[ .-]?)?\d{2,13}(?:[ .-]\d{2,6}){0,4}(?![\w]|[.,/-]\d)/g;

/** Telephone numbers: ten to thirteen digits (up to fifteen after a +), not a list of years. */
export const detectPhones: Detector = (text) =>
  matches(text, PHONE, (m) => {
    if (!isPhoneNumber(m[0])) return undefined;
    if (BOOK_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
    return 'confidentiality/phone';
  });

/**
 * "10097-10107": a range of pages (two numbers of the same length, the second a little larger), which a
 * reference's page field holds and which can pass a telephone's or a health number's test.
 */
export function isPageRange(text: string): boolean {
  const m = /^(\d{2,6}) ?[-–] ?(\d{2,6})$/.exec(text);
  if (!m || m[1]!.length !== m[2]!.length) return false;
  const [first, last] = [Number(m[1]), Number(m[2])];
  return last > first && last - first < 1000;
}

export function isPhoneNumber(text: string): boolean {
  if (isPageRange(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  const max = text.startsWith('+') ? 15 : 13;
  if (digits < 10 || digits > max) return false;
  const groups = text.split(/[^\d]+/).filter(Boolean);
  if (groups.every((group) => /^(19|20)\d\d$/.test(group))) return false;
  // 1 000 000: groups of three after the first are a large number written with spaces, not a telephone number.
  if (
    groups.length > 2 &&
    groups.slice(1).every((g) => g.length === 3) &&
    (groups[0]?.length ?? 0) <= 3 &&
    !/[+(]/.test(text) &&
    !/^0/.test(text)
  )
    return false;
  return true;
}

/**
 * The burden inverted for long numbers and codes: whatever no other detector explained, and no safe
 * shape accounts for, is refused as probably a record number (confidentiality/unexplained-number, which
 * a reviewer can accept, since the check cannot know every innocent code). A solid run of six or more digits ("encounter
 * 60039117", "fin 440291773"), a code of capitals joined to five or more digits ("T-55812",
 * "RAD/88/2291", "V00293381"), or digit groups holding seven or more digits ("4471-2209") lead to one
 * person's records far more often than to anything else in a reflection. Safe shapes: a count ("12000
 * students", "over 150000"), money, a quantity with its unit, a decimal, a range of years or pages, and
 * the identifiers of registries, books, standards and research ("PMID 31234567", "ISO 27001").
 */
const UNEXPLAINED =
  /(?<![\w.,/+@:=-]|[.,]\d)(?:(?=[A-Z\d]*\d[A-Z\d]*\d[A-Z\d]*\d)(?=\d*[A-Z]\d+[A-Z])[A-Z\d]{6,10}|\d[A-Z\d]{0,5}[A-Z][A-Z\d]{0,5}-\d{4,8}|\d{5,12}-?[A-Z]|[A-Z]{1,5}(?:[-/]|(?=\d))(?:\d{2,4}[-/])?\d{2,}(?:[-/]\d{2,})*[A-Z]?|\d{6,12}[A-Z]?|\d{2,6}(?:[-/]\d{2,6}){1,3}|\d{3,4}(?: \d{3,4}){2,3})(?![\w]|[.,/-]\d)/g;
/** Words before a number that say what kind of number it is, when it is not a patient's. */
const SAFE_BEFORE =
  /(?:[£$€¥]|\b(?:DOI|ISBN(?:-1[03])?|ISSN|PMID|PMCID|PMC|NCT|ISRCTN|ORCID|arXiv|CRD|PROSPERO|IRAS|REC|ISO|IEC|EN|BS|ASTM|ANSI|CSA|NFPA|UL|SI|grant|award|project|article|e-?locator|report(?: no\.?| number)?|registration number of the study|charity(?: number| no\.?)?|company(?: number| no\.?)?|page|pages|pp?\.|p\.|vol\.?|volume|issue|no\. of|over|about|around|nearly|almost|approximately|approx\.?|roughly|some|than|population(?: of)?|salary(?: of)?|budget(?: of)?|cost(?: of)?|steps|word count(?: of)?|version|v\.?|model|serial(?: number| no\.?)?|GMC|NMC|HCPC|PIN|module|course|product|billing|procedure|diagnosis|tariff|catalogue|cat\.?|lot|batch|SNOMED|SCTID|ICD-1[01]|OPCS|ATC|NDC|DIN|BNF|NICE|SIGN|CG|NG|QS|TA|PH)\b)(?:[\s:#.(]|\b(?:is|was|number|no|code|CT|ID|reference|ref)\b)*$/i;
/** Units and count nouns after a number that make it a quantity. */
const SAFE_AFTER =
  /^\s?(?:%|per\b|[a-zµμ]{1,5}\/|(?:mg|mcg|µg|μg|g|kg|ng|ml|mL|l|L|dl|mmol|µmol|μmol|nmol|mol|units?|iu|IU|cells|copies|cfu|km|m|cm|mm|miles?|kcal|cal|hours?|hrs?|mins?|minutes?|seconds?|days?|weeks?|months?|years?|times?|people|persons?|patients?|students?|staff|nurses?|doctors?|members?|participants?|respondents?|responses?|learners?|admissions?|attendances?|appointments?|visits?|calls?|referrals?|beds?|deaths?|cases?|births?|steps?|words?|pages?|downloads?|views?|hits?|pounds?|dollars?|euros?|GBP|CAD|USD|employees?|workers?|volunteers?|residents?|inhabitants?|users?|items?|prescriptions?|tests?|samples?|doses?|vaccinations?|operations?|procedures?|episodes?|contacts?|records?|entries|rows|lines|characters|households?|families|children|adults?|babies|men|women)\b|[a-z]{4,}s\b(?<!\b(?:was|has|does|goes|says|this|thus|plus|minus|is|his|hers|its|as|yes|us)\b))/;

/** ISSN (mod 11) and ORCID (ISO 7064 mod 11-2) check characters: a journal's or a researcher's number, not a patient's. */
function isIssnOrOrcid(value: string): boolean {
  const chars = value.replace(/-/g, '');
  const check = (n: number) => (n === 10 ? 'X' : String(n));
  if (/^\d{4}-\d{3}[\dX]$/.test(value)) {
    let sum = 0;
    for (let k = 0; k < 7; k++) sum += Number(chars[k]) * (8 - k);
    return check((11 - (sum % 11)) % 11) === chars[7];
  }
  if (/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(value)) {
    let total = 0;
    for (let k = 0; k < 15; k++) total = (total + Number(chars[k])) * 2;
    return check((12 - (total % 11)) % 11) === chars[15];
  }
  return false;
}

/** "112-119" (a range: the second a little larger), "70/100", "14/15" (a score out of at most 200). */
function isRangeOrScore(value: string, first: number, second: number): boolean {
  if (first > second) return false;
  return value.includes('/') ? second <= 200 : second <= first * 2;
}

/** Whether the words before a number say what it is; a funder's or a system's acronym may stand between ("Grant reference CIHR PJT-183245"). */
function explainedBefore(before: string): boolean {
  return SAFE_BEFORE.test(before) || SAFE_BEFORE.test(before.replace(/\s[A-Z]{2,6}\s*$/, ' '));
}

export const detectUnexplainedNumbers: Detector = function* (text) {
  for (const m of text.matchAll(UNEXPLAINED)) {
    const value = m[0];
    const groups = value.match(/\d+/g) ?? [];
    const digits = groups.join('').length;
    const prefix = /^[A-Z]+/.exec(value)?.[0] ?? '';
    const coded = /[A-Z]/.test(value);
    if (coded ? digits < (/^\d/.test(value) ? 3 : 5) : digits < (value.includes(' ') ? 9 : groups.length > 1 ? 7 : 6))
      continue;
    // 1 200 000: a large number written with spaces.
    if (value.includes(' ') && groups.slice(1).every((g) => g === '000')) continue;
    // A registry's prefix never names a record; an acronym such as "ED" does when the digits are joined to it ("ED25-0441877").
    if (prefix && (REGISTRY_PREFIXES.test(prefix) || (NOT_RECORD_ACRONYMS.test(prefix) && !/^[A-Z]+\d/.test(value))))
      continue;
    // Lists of years ("1948-2018", "2019/2020"), dates, and a range or a score ("112-119", "70/100").
    if (
      groups.length > 1 &&
      !coded &&
      (groups.every((g) => /^(?:1[89]|20)\d\d$/.test(g)) ||
        looksLikeDate(value) ||
        (groups.length === 2 && isRangeOrScore(value, Number(groups[0]), Number(groups[1]))))
    )
      continue;
    // An ISSN ("1365-2648") or an ORCID iD ("0000-0001-5109-3700") with a valid check character.
    if (isIssnOrOrcid(value)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (explainedBefore(before) || PHONE_LABEL.test(before.slice(-24))) continue;
    if (SAFE_AFTER.test(text.slice(m.index + value.length, m.index + value.length + 24))) continue;
    yield { rule: 'confidentiality/unexplained-number', start: m.index, end: m.index + value.length };
  }
};
