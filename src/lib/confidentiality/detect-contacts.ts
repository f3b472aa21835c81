/**
 * Ways to reach or place a person: e-mail addresses (including the "jane.doe (at) example (dot) org"
 * and "jane dot doe at example dot org" forms written to dodge harvesters) and postcodes, UK and
 * Canadian, in any case and with or without the space.
 */
import { type Detector, matches } from './detector.ts';

const DOT = String.raw`(?: ?[\[({<] ?dot ?[\])}>] ?| dot |\.)`;
const SPOKEN_DOT = String.raw`(?: ?[\[({<] ?dot ?[\])}>] ?| dot )`;
const LOCAL = String.raw`[A-Za-z0-9][\w+-]*(?:${DOT}[\w+-]+)*`;
const DOMAIN = String.raw`[A-Za-z0-9][A-Za-z0-9-]*(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,}`;
/** "a@example.org", "jane.doe (at) example.com", "jdoe [at] example [dot] com". */
const EMAIL = new RegExp(String.raw`(?<![\w.+-])${LOCAL}(?:@| ?[\[({<] ?at ?[\])}>] ?)${DOMAIN}(?![\w]|\.[A-Za-z0-9])`, 'gi');
/**
 * A plain " at ": "jane dot doe at example dot org", "j.doe at example.org". Only when the name part
 * looks like an address (a dot, underscore or digit in it) or the domain's dots are spelled out, so
 * "we met at clinic" is prose.
 */
const PRONOUNS = 'he|she|they|we|i|you|it|who|that|this|staff|people|someone|me|him|her|them|us|was|were|is|are|met|worked|arrived|stayed|email|e-mail|write|contact|reach';
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\w.+-])(?!(?:${PRONOUNS}) at )(?:[A-Za-z0-9][\w+-]*(?:${DOT}[\w+-]+)+|[A-Za-z]*[\d_][\w+-]*) at ${DOMAIN}(?![\w]|\.[A-Za-z0-9])|(?<![\w.+-])(?!(?:${PRONOUNS}) at )[A-Za-z][\w+-]* at [A-Za-z0-9][A-Za-z0-9-]*(?:${DOT}[A-Za-z0-9-]+)*${SPOKEN_DOT}[A-Za-z]{2,}(?![\w]|\.[A-Za-z0-9])`,
  'gi',
);
/** Top-level domains after which "name at host.tld" is an address. */
const COMMON_TLD = /\.(?:com|org|net|edu|gov|ac\.uk|nhs\.uk|nhs\.net|co\.uk|org\.uk|gov\.uk|ca|uk|io|info|me)$/i;

export const detectEmails: Detector = (text) => matches(text, EMAIL, () => 'confidentiality/email');

export const detectSpokenEmails: Detector = (text) =>
  matches(text, SPOKEN_EMAIL, (m) => {
    const [local = '', domain = ''] = m[0].split(/ at /i);
    if (!local) return undefined;
    if (/dot|[\[({<]/i.test(domain) || COMMON_TLD.test(domain)) return 'confidentiality/email';
    return undefined;
  });

/** The UK's postcode areas (the letters a postcode starts with). */
const UK_AREAS =
  'AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(
    ' ',
  );
const UK_POSTCODE = new RegExp(
  String.raw`(?<![\w])(?:GIR ?0AA|(?<area>${[...UK_AREAS].sort((a, b) => b.length - a.length).join('|')})(?<district>\d[A-Z\d]?) ?(?<inward>\d[ABD-HJLNP-UW-Z]{2}))(?![\w])`,
  'gi',
);

export const detectUkPostcodes: Detector = (text) =>
  matches(text, UK_POSTCODE, (m) => {
    const inward = m.groups?.inward ?? '';
    const written = m[0];
    // "b12 3rd", "m1 2nd": an ordinal after a code-like word is not a postcode unless written in capitals.
    if (/^\d(?:st|nd|rd|th)$/i.test(inward) && written !== written.toUpperCase()) return undefined;
    // A district letter must be a capital or follow a capital area ("SW1A"); "b1a" in prose is not checked.
    return 'confidentiality/uk-postcode';
  });

const CANADIAN_POSTAL_CODE = /(?<![\w])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])/gi;

export const detectCanadianPostalCodes: Detector = (text) => matches(text, CANADIAN_POSTAL_CODE, () => 'confidentiality/canadian-postal-code');
