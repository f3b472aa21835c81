/**
 * Ways to reach or place a person: e-mail addresses (including the "jane.doe (at) example (dot) org"
 * and "jane dot doe at example dot org" forms written to dodge harvesters) and postcodes, UK and
 * Canadian, in any case and with or without the space.
 */
import { type Detector, matches } from './detector.ts';

const DOT = String.raw`(?: ?[\[({<] ?dot ?[\])}>] ?| dot |\.)`;
const LOCAL = String.raw`[A-Za-z0-9][\w+-]*(?:${DOT}[\w+-]+)*`;
const DOMAIN = String.raw`[A-Za-z0-9][A-Za-z0-9-]*(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,}`;
/** "a@example.org", "jane.doe (at) example.com", "jdoe [at] example [dot] com". */
const EMAIL = new RegExp(
  String.raw`(?<![\w.+-])${LOCAL}(?: ?@ ?| ?[\[({<] ?at ?[\])}>] ?)${DOMAIN}(?![\w]|\.[A-Za-z0-9])`,
  'gi',
);
/**
 * A plain " at ": "jane dot doe at example dot org", "j.doe at example.org". Only when the name part
 * looks like an address (a dot, underscore or digit in it) or the domain's dots are spelled out, so
 * "we met at clinic" is prose.
 */
const PRONOUNS =
  /^(?:he|she|they|we|i|you|it|who|that|this|staff|people|someone|me|him|her|them|us|was|were|is|are|met|worked|arrived|stayed|email|e-mail|write|contact|reach)$/i;
/** The name part before a plain " at ", read backwards from it: "jane dot doe", "j.doe", "sam_smith". */
const LOCAL_BEFORE = new RegExp(String.raw`(?<![\w.+-])[A-Za-z0-9][\w+-]*(?:${DOT}[\w+-]+)*$`, 'i');
/** The domain after a plain " at ". */
const DOMAIN_AFTER = new RegExp(String.raw`^${DOMAIN}(?![\w]|\.[A-Za-z0-9])`, 'i');
/** Top-level domains after which "name at host.tld" is an address. */
const COMMON_TLD = /\.(?:com|org|net|edu|gov|ac\.uk|nhs\.uk|nhs\.net|co\.uk|org\.uk|gov\.uk|ca|uk|io|info|me)$/i;

/** "jane.doe@example com", "jane.doe@example,com": the last dot written as a space or a comma before a common ending. */
const EMAIL_LOOSE_DOT = new RegExp(
  String.raw`(?<![\w.+-])${LOCAL} ?@ ?[A-Za-z0-9][A-Za-z0-9-]*(?:${DOT}[A-Za-z0-9-]+)*[ ,](?:com|org|net|edu|gov|ca|uk|co${DOT}uk|ac${DOT}uk|nhs${DOT}uk|org${DOT}uk|gov${DOT}uk)(?![\w]|\.[A-Za-z0-9])`,
  'gi',
);

export const detectEmails: Detector = function* (text) {
  yield* matches(text, EMAIL, () => 'confidentiality/email');
  yield* matches(text, EMAIL_LOOSE_DOT, () => 'confidentiality/email');
};

/**
 * A plain " at ": "jane dot doe at example dot org", "j.doe at example.org". Only when the name part
 * looks like an address (a dot, underscore or digit in it) or the domain's dots are spelled out, so
 * "we met at clinic" is prose. Found from each " at " outwards, so the cost is the number of " at "s.
 */
export const detectSpokenEmails: Detector = function* (text) {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(' at '); at >= 0; at = lower.indexOf(' at ', at + 1)) {
    const before = LOCAL_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
    const after = DOMAIN_AFTER.exec(text.slice(at + 4, at + 4 + 128));
    if (!before || !after) continue;
    const local = before[0];
    const words = local.split(/ dot | ?[[({<] ?dot ?[\])}>] ?/i);
    const first = words[0] ?? '';
    const domain = after[0];
    const spelled = /dot|[[({<]/i.test(domain);
    const addressLike = words.length > 1 || /[._\d]/.test(local);
    if (PRONOUNS.test(first) && words.length === 1) continue;
    if (!(addressLike && (spelled || COMMON_TLD.test(domain))) && !(spelled && words.length === 1)) continue;
    yield { rule: 'confidentiality/email', start: at - local.length, end: at + 4 + domain.length };
  }
};

/** The UK's postcode areas (the letters a postcode starts with). */
const UK_AREAS =
  'AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'.split(
    ' ',
  );
const UK_POSTCODE = new RegExp(
  String.raw`(?<![\w])(?:GIR ?0AA|(?<area>${[...UK_AREAS]
    .sort((a, b) => b.length - a.length)
    .map((area) => (area.length === 2 ? `${area} ?` : area))
    .join('|')})(?<district>\d[A-Z\d]?)[ .-]?(?<inward>\d ?[ABD-HJLNP-UW-Z]{2}))(?!\d)(?![A-Za-z]{2})`,
  'gi',
);

export const detectUkPostcodes: Detector = (text) =>
  matches(text, UK_POSTCODE, (m) => {
    const inward = m.groups?.inward ?? '';
    const written = m[0];
    // "b12 3rd", "m1 2nd": an ordinal after a code-like word is not a postcode unless written in capitals.
    if (isOrdinal(inward) && written !== written.toUpperCase()) return undefined;
    // "LS 1 4AP", "LS1 4 AP": a space inside the area or the inward code only in capitals ("me 1 2ab", "B12 jab" are not one).
    if ((/ $/.test(m.groups?.area ?? '') || inward.includes(' ')) && written !== written.toUpperCase())
      return undefined;
    // A district letter must be a capital or follow a capital area ("SW1A"); "b1a" in prose is not checked.
    return 'confidentiality/uk-postcode';
  });

/** "1st", "2nd", "3rd", "7th": an ordinal with the suffix its digit takes ("7nd" is a postcode's inward code, not one). */
function isOrdinal(inward: string): boolean {
  const digit = inward[0];
  const suffix = inward.slice(1).toLowerCase();
  return suffix === (digit === '1' ? 'st' : digit === '2' ? 'nd' : digit === '3' ? 'rd' : 'th');
}

const CANADIAN_POSTAL_CODE = /(?<![\w])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])/gi;

/** A Glasgow Coma Scale breakdown ("E4V4M6": eyes 1-4, verbal 1-5, motor 1-6) has a postal code's shape. */
const GCS_CODE = /^E[1-4]V[1-5]M[1-6]$/i;

export const detectCanadianPostalCodes: Detector = (text) =>
  matches(text, CANADIAN_POSTAL_CODE, (m) => {
    // Written without a space it is a GCS score; with one, only when "GCS" or "coma" comes just before it.
    const spaced = /[ -]/.test(m[0]);
    if (
      GCS_CODE.test(m[0].replace(/[ -]/, '')) &&
      (!spaced || /\b(?:GCS|coma)\b/i.test(text.slice(Math.max(0, m.index - 40), m.index)))
    )
      return undefined;
    return 'confidentiality/canadian-postal-code';
  });

/**
 * Postal codes of other countries, where their shape alone is distinctive or a label says what they
 * are: Irish Eircodes ("D04 X2K8"), US ZIP+4 ("60614-2231"), an Australian state and postcode
 * ("NSW 2650"), a Polish code before its town ("31-042 Kraków"), and any code after a postcode label
 * ("ZIP 55802", "PIN code 560034", "postcode: 2650").
 */
const EIRCODE = /(?<![\w])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}(?![\w])/g;
const OTHER_POSTAL_CODE = new RegExp(
  [
    String.raw`(?<![\w])(?:ZIP|zip|Zip)(?:\+4)?(?: ?code)?[ :]*(?<zip>\d{5}(?:-\d{4})?)(?![\w])`,
    String.raw`(?<![\w-])(?<zip4>\d{5}-\d{4})(?![\w]|-\d)`,
    String.raw`(?<![\w.,/-])(?<pl>\d{2}-\d{3}) (?=[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]{2,})`,
    String.raw`(?<![\w])(?:post(?:al)? ?code|code postal|PIN ?code|pincode|Eircode|postcode)s?(?: (?:is|was|of))?[ :]*(?<labelled>[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})(?![\w])`,
  ].join('|'),
  'gi',
);

/** An Australian state in capitals and a postcode ("NSW 2650"); case matters ("the Act 2005" is a law). */
const AUSTRALIAN_POSTCODE = /(?<![\w])(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) (?<au>\d{4})(?![\w])/g;

export const detectOtherPostalCodes: Detector = function* (text) {
  for (const m of text.matchAll(EIRCODE)) {
    // An Eircode has a digit and a letter in its last four characters; "D04 2024" is not one.
    const unique = m[0].slice(-4);
    if (/\d/.test(unique) && /[A-Z]/.test(unique) && m[0] === m[0].toUpperCase())
      yield { rule: 'confidentiality/postal-code', start: m.index, end: m.index + m[0].length };
  }
  for (const m of [...text.matchAll(OTHER_POSTAL_CODE), ...text.matchAll(AUSTRALIAN_POSTCODE)]) {
    const g = m.groups ?? {};
    const value = g.zip ?? g.zip4 ?? g.au ?? g.pl ?? g.labelled ?? '';
    // A label ignores case; a code holds a digit ("postcode area" is not a code).
    if (!/\d/.test(value)) continue;
    if (g.pl && /\b(?:pp?\.|pages?)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = m.index + m[0].length - value.length;
    yield { rule: 'confidentiality/postal-code', start, end: start + value.length };
  }
};

/**
 * A social media handle ("@maisie.k.example") in a sentence about a social network or about being
 * followed or messaged: it reaches the person as surely as an e-mail address.
 */
const HANDLE = /(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z])/g;
const SOCIAL_CUE =
  /\b(?:Instagram|insta|Twitter|TikTok|Facebook|Snapchat|Snap|Threads|Bluesky|Mastodon|LinkedIn|WhatsApp|YouTube|handle|username|user name|followed|follow|DM|DMs|DMed|messaged|added me|friend request|account|find (?:her|him|them|me|us)|on X|posted|posts|posting|tagged|tweets?|tweeted|tweeting|reel|reels|stories|channel|vlog|followers|subscribers)\b/i;

/** A user name after the network's name and a colon ("Skype: grannyjune1940", "Snapchat - tay_b.07"), with a digit, a dot or an underscore in it. */
const LABELLED_HANDLE =
  /(?<![\w])(?:Skype|Snapchat|Snap|Insta(?:gram)?|TikTok|Facebook|FB|Twitter|Telegram|Signal|Discord|Threads|Bluesky)(?: (?:name|handle|ID|username|user name))? ?[:–-] ?(?<handle>[A-Za-z][A-Za-z0-9_.]{2,29})(?![\w@])/g;

export const detectSocialHandles: Detector = function* (text) {
  for (const m of text.matchAll(HANDLE)) {
    const around = text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
    if (SOCIAL_CUE.test(around))
      yield { rule: 'confidentiality/social-handle', start: m.index, end: m.index + m[0].length };
  }
  for (const m of text.matchAll(LABELLED_HANDLE)) {
    const handle = m.groups?.handle ?? '';
    if (!/[\d_.]/.test(handle.replace(/\.$/, ''))) continue;
    const start = m.index + m[0].length - handle.length;
    yield { rule: 'confidentiality/social-handle', start, end: start + handle.replace(/\.$/, '').length };
  }
};
