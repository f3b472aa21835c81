/**
 * The text the detectors read, made from the text a reader sees: pieces of text from several nodes
 * (a paragraph split by emphasis, links and code) joined into one string, then normalised so that no
 * character trick hides an identifier:
 *
 * - NFKC: full-width and other compatibility forms become plain ones ("９４３" is "943");
 * - every invisible character is removed: format characters, default-ignorable and unassigned code
 *   points ("943\u200B476" is "943476");
 * - every Unicode space (no-break, thin, ideographic, tabs, line breaks) is one separator, and runs
 *   of them are one space;
 * - dashes and minus signs are "-", curly apostrophes and primes are "'";
 * - digits of every script are ASCII digits ("٩٤٣" is "943"), and marks on a digit are dropped ("9́" is "9",
 *   a keycap "9️⃣" is "9");
 * - punctuation that looks like a slash, a full stop or a dash is one ("03⁄03⁄1948", "943·476·5919",
 *   "jane。doe", "999ー012");
 * - in a word that mixes Latin letters or digits with letters of another script (Cyrillic, Greek, Lisu,
 *   Cherokee, small capitals), the letters that look Latin are Latin ("jаne" with a Cyrillic "а" is
 *   "jane"); a word wholly in another script is left as it is;
 * - in a word holding a digit or an at sign, accents and marks on Latin letters are dropped ("ĹS1 4ÁP"),
 *   and in a number's group O, I and l read as digits (digitsForLetters).
 *
 * Every character of the result remembers where it came from, so a finding maps back to the source
 * file's line and column.
 */

/** A place in a source file (1-based line and column, 0-based offset), as unist positions give it. */
export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

/**
 * One piece of text as the reader gets it (entities decoded, escapes removed), with where it starts in
 * the source. `offsets`, when given, holds the source offset of each UTF-16 unit of `value` (for text
 * whose source is longer than its value: "&#52;" is "4"); without it, `value` is taken to be written
 * as is from `start` on.
 */
export interface TextSegment {
  value: string;
  start: SourcePoint;
  offsets?: ArrayLike<number>;
}

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the input of the character it came from. */
  from: Int32Array;
  /** For each UTF-16 unit of `text`, the index in the input just after the character it came from. */
  to: Int32Array;
}

export interface NormaliseOptions {
  /** Keep line breaks as "\n" (code blocks, where each line is its own line); otherwise they are spaces. */
  keepLines?: boolean;
}

/** Format characters, every default-ignorable code point (variation selectors, fillers, invisible marks), unassigned ones and the Arabic tatweel. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cn}\u0640]/u;
const SPACE = /[\s\p{Zs}\u2028\u2029\u0085\u2800]/u;
const DIGIT = /\p{Nd}/u;
const ONLY_MARKS = /^\p{M}+$/u;
const SLASHES = /^[\u2044\u2215\u29F8\u2571\u27CB]$/;
/** Look-alike full stops, tested before NFKC too (it makes some, such as U+02D9, a space and a mark). */
const DOTS = /^[\u00B7\u2027\u2219\u22C5\u30FB\u3002\u0387\u02D9\u00B8\uA4F8\u0701\u06D4\u16EB\u2022\u066B]$/;

/** The value of a decimal digit of any script: digits come in runs of ten from zero. */
function digitValue(point: number): number {
  let zero = point;
  while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return (point - zero) % 10;
}

/** Cyrillic and Greek letters that look like Latin ones (and Cyrillic "Л", read as "L" beside Latin). */
const LOOK_ALIKE: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsһhԁdԛqԝwӏlлlЗ3',
    'АAВBЕEКKМMНHОOРPСCТTУYХXІIЈJЅSԀDԚQԜWӀIЛL',
    'αaβbεeιiκkνvοoρpτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX',
    // Lisu, Cherokee, small capitals and the Latin alpha, which look like Latin capitals and letters.
    'ꓮAꓐBꓚCꓓDꓰEꓝFꓖGꓧHꓲIꓙJꓗKꓡLꓟMꓠNꓳOꓑPꓣRꓢSꓔTꓴUꓦVꓪWꓫXꓬYꓜZ',
    'ᎪAᏴBᏟCᎠDᎬEᏀGᎻHᏆIᎫJᏦKᏞLᎷMᏢPᏒRᏚSᎢTᏙVᏔWᏃZ',
    'ᴀaʙbᴄcᴅdᴇeɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwᴢzɑa',
  ]
    .join('')
    .match(/../gu)!
    .map((pair) => [pair[0]!, pair[1]!]),
);
const LOOK_ALIKE_CLASS = `[${Object.keys(LOOK_ALIKE).join('')}]`;
const HAS_LOOK_ALIKE = new RegExp(LOOK_ALIKE_CLASS, 'u');
const LOOK_ALIKE_CHAR = new RegExp(LOOK_ALIKE_CLASS, 'gu');
const MIXED_WORD = new RegExp(`[^\\s]*${LOOK_ALIKE_CLASS}[^\\s]*`, 'gu');
/** A group of a number written with letters for digits ("59l9", "OI2", "O3/O3/l948"): at least one real digit. */
const DIGIT_LIKE_WORD = /(?<![\p{L}\d])(?=[OoIl|\d/.-]*\d)[OoIl\d/.-]*[OoIl][OoIl\d/.-]*(?![\p{L}\d])/gu;
const DIGIT_FOR = { O: '0', o: '0', I: '1', l: '1' } as Readonly<Record<string, string>>;
/**
 * Letters read as digits in a number's group: when the group has more digits than letters ("59l9",
 * "347O", "O3/O3/l948") or stands beside a group of digits ("999 OI2"). Not in a postal code's
 * letter-digit-letter group ("y0b 1l0", "ll55 2tp" keep their letters).
 */
function digitsForLetters(text: string): string {
  if (!/\d/.test(text) || !/[OoIl]/.test(text)) return text;
  return text.replace(DIGIT_LIKE_WORD, (word, at: number) => {
    if (/^(?:\d[A-Za-z]\d|[A-Za-z]\d[A-Za-z])$/.test(word)) return word;
    const digits = word.replace(/\D/g, '').length;
    const letters = word.replace(/[^OoIl]/g, '').length;
    const before = /(?:^|\s)(\d{3,})\s$/.test(text.slice(Math.max(0, at - 12), at));
    const after = /^\s\d{3,}(?:\s|$)/.test(text.slice(at + word.length, at + word.length + 12));
    return digits > letters || before || after ? word.replace(/[OoIl]/g, (c) => DIGIT_FOR[c]!) : word;
  });
}
const COMBINING = /\p{M}/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2043\u2500\u2501\u2796\u2E3A\u2E3B\u30FC\uFE31\uFE32]/;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/;

const CLEAN = /^[!-_a-~]+(?: [!-_a-~]+)*$/;

/** A combining diacritical mark (the common block; the full check runs for anything rarer). */
const isCombining = (code: number) =>
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x1ab0 && code <= 0x1aff) ||
  (code >= 0x1dc0 && code <= 0x1dff) ||
  (code >= 0x20d0 && code <= 0x20ff) ||
  (code >= 0xfe20 && code <= 0xfe2f);

/** Whether the word around a position (up to the spaces either side) holds an ASCII digit or an at sign. */
function inCodeLikeWord(input: string, at: number): boolean {
  let start = at;
  while (start > 0 && !SPACE.test(input[start - 1]!)) start--;
  let end = at;
  while (end < input.length && !SPACE.test(input[end]!)) end++;
  return /[\d@]/.test(input.slice(start, end));
}

/** Normalise one string, remembering where each output character came from. */
export function normalise(input: string, { keepLines = false }: NormaliseOptions = {}): NormalisedText {
  // Most text is already normal: printable ASCII words (no backtick) with single spaces between them.
  if (CLEAN.test(input)) {
    const text = digitsForLetters(input);
    const from = new Int32Array(input.length);
    const to = new Int32Array(input.length);
    for (let k = 0; k < input.length; k++) {
      from[k] = k;
      to[k] = k + 1;
    }
    return { text, from, to };
  }
  // One pass, no closures over the arrays (hot loop: about 1 MB in a few tens of milliseconds).
  let text = '';
  let from = new Int32Array(input.length + 16);
  let to = new Int32Array(input.length + 16);
  let length = 0;
  let pendingSpace = -1;
  let pendingNewline = false;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
      if (pendingSpace < 0) pendingSpace = i;
      if (keepLines && code === 0x0a) pendingNewline = true;
      i++;
      continue;
    }
    let unit: string;
    let end: number;
    if (code > 0x20 && code < 0x7f && code !== 0x60) {
      // A run of printable ASCII (other than the backtick, read as an apostrophe) is copied as is.
      end = i + 1;
      while (end < input.length) {
        const next = input.charCodeAt(end);
        if (next <= 0x20 || next >= 0x7f || next === 0x60) break;
        end++;
      }
      unit = input.slice(i, end);
    } else if (
      ((code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ||
        code === 0x2019 ||
        code === 0x2018 ||
        code === 0x2013 ||
        code === 0x2014 ||
        code === 0x201c ||
        code === 0x201d) &&
      !isCombining(input.charCodeAt(i + 1))
    ) {
      // Common non-ASCII characters with no combining mark after them: Latin-1 letters are their own
      // NFKC form; curly single quotes read as apostrophes, en and em dashes as hyphens.
      end = i + 1;
      unit = code === 0x2019 || code === 0x2018 ? "'" : code === 0x2013 || code === 0x2014 ? '-' : input[i]!;
    } else {
      const point = input.codePointAt(i)!;
      const width = point > 0xffff ? 2 : 1;
      const char = input.slice(i, i + width);
      if (SPACE.test(char)) {
        if (pendingSpace < 0) pendingSpace = i;
        if (keepLines && (char === '\u2028' || char === '\u2029')) pendingNewline = true;
        i += width;
        continue;
      }
      if (INVISIBLE.test(char)) {
        i += width;
        continue;
      }
      // A base character and the combining marks after it normalise together ("e" + acute is "é").
      end = i + width;
      while (end < input.length) {
        const next = input.codePointAt(end)!;
        const nextChar = String.fromCodePoint(next);
        if (!COMBINING.test(nextChar) || INVISIBLE.test(nextChar)) break;
        end += next > 0xffff ? 2 : 1;
      }
      unit = DOTS.test(char) ? '.' : input.slice(i, end).normalize('NFKC');
      const base = unit.codePointAt(0)!;
      // A digit of any script, with any marks on it, is its ASCII digit.
      if (DIGIT.test(String.fromCodePoint(base))) unit = String(base < 0x80 ? base - 0x30 : digitValue(base));
      else if (ONLY_MARKS.test(unit) && (!/\p{L}$/u.test(text) || inCodeLikeWord(input, i))) {
        // Marks with no letter to sit on (on a digit, or a keycap's frame), or on a letter in a number, a
        // postcode or an address ("4A̲P"), are not read.
        i = end;
        continue;
      }
      if (SLASHES.test(unit)) unit = '/';
      else if (DOTS.test(unit)) unit = '.';
      else if (DASHES.test(unit)) unit = '-';
      else if (APOSTROPHES.test(unit)) unit = "'";
      else if (SPACE.test(unit)) {
        // NFKC turns some characters into spaces.
        if (pendingSpace < 0) pendingSpace = i;
        i = end;
        continue;
      }
    }
    // In a word holding a digit or an at sign (a number, a postcode, an e-mail address), a Latin letter with
    // an accent or a mark on it is its plain letter: "ĹS1 4ÁP", "4A̲P".
    if (code >= 0xc0 && unit.length <= 4 && /\p{M}|[\u00C0-\u024F]/u.test(unit) && inCodeLikeWord(input, i)) {
      const plain = unit.normalize('NFD').replace(/\p{M}/gu, '');
      if (/^[A-Za-z]$/.test(plain)) unit = plain;
    }
    const needed = length + unit.length + 1;
    if (needed > from.length) {
      const grownFrom = new Int32Array(Math.max(from.length * 2, needed + 16));
      grownFrom.set(from);
      from = grownFrom;
      const grownTo = new Int32Array(grownFrom.length);
      grownTo.set(to);
      to = grownTo;
    }
    if (pendingSpace >= 0 && length > 0) {
      text += pendingNewline ? '\n' : ' ';
      from[length] = pendingSpace;
      to[length] = pendingSpace + 1;
      length++;
    }
    pendingSpace = -1;
    pendingNewline = false;
    text += unit;
    const ascii = unit.length === end - i;
    for (let k = 0; k < unit.length; k++) {
      from[length] = ascii ? i + k : i;
      to[length] = ascii ? i + k + 1 : end;
      length++;
    }
    i = end;
  }
  // A word that mixes scripts reads its look-alike letters as Latin, and a number group written with
  // letters for digits reads as digits (one UTF-16 unit for one: the maps hold).
  if (HAS_LOOK_ALIKE.test(text))
    text = text.replace(MIXED_WORD, (word) =>
      /[A-Za-z0-9@]/.test(word) ? word.replace(LOOK_ALIKE_CHAR, (c) => LOOK_ALIKE[c] ?? c) : word,
    );
  text = digitsForLetters(text);
  // Flatten the string once here, not in the first detector's regular expression.
  text = text.length > 0 ? `${text.charAt(0)}${text.slice(1)}` : text;
  return { text, from: from.slice(0, length), to: to.slice(0, length) };
}

export interface JoinedText extends NormalisedText {
  /** Turn a range of `text` into where it starts in the source. */
  locate(index: number): SourcePoint;
}

/**
 * Join segments into one normalised text. Adjacent segments join with nothing between them, as the
 * reader sees them ("943 *476* 5919" is three text nodes and one number); put a separator segment
 * (a space) between pieces the reader sees apart. `locateOffset`, when given, turns a source offset
 * into a line and column (exact for any source); without it the segments' own starts are used.
 */
export function joinSegments(
  segments: readonly TextSegment[],
  options: NormaliseOptions = {},
  locateOffset?: (offset: number) => { line: number; column: number },
): JoinedText {
  const raw = segments.map((s) => s.value).join('');
  const owner = new Int32Array(raw.length);
  const local = new Int32Array(raw.length);
  let at = 0;
  segments.forEach((segment, index) => {
    for (let k = 0; k < segment.value.length; k++) {
      owner[at] = index;
      local[at] = k;
      at++;
    }
  });
  const normalised = normalise(raw, options);
  const locate = (index: number): SourcePoint => {
    const rawIndex = normalised.from[Math.max(0, Math.min(index, normalised.from.length - 1))] ?? 0;
    const segment = segments[owner[rawIndex] ?? 0];
    if (!segment) return { line: 1, column: 1, offset: 0 };
    const k = local[rawIndex] ?? 0;
    if (locateOffset) {
      const offset = segment.offsets ? (segment.offsets[k] ?? segment.start.offset) : segment.start.offset + k;
      return { ...locateOffset(offset), offset };
    }
    return pointInSegment(segment, k);
  };
  return { ...normalised, locate };
}

const breaksCache = new WeakMap<TextSegment, number[]>();

/** Where the character at `index` of a segment's value starts, counting lines within the value. */
export function pointInSegment(segment: TextSegment, index: number): SourcePoint {
  const { start, offsets, value } = segment;
  const offset = offsets ? (offsets[index] ?? start.offset) : start.offset + index;
  let breaks = breaksCache.get(segment);
  if (!breaks) {
    breaks = [];
    for (let k = 0; k < value.length; k++) if (value[k] === '\n') breaks.push(k);
    breaksCache.set(segment, breaks);
  }
  // The number of line breaks before `index` (binary search).
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((breaks[mid] ?? 0) < index) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return { line: start.line, column: start.column + (offset - start.offset), offset };
  const lineStart = (breaks[low - 1] ?? 0) + 1;
  return { line: start.line + low, column: 1 + (index - lineStart), offset };
}

/** Collapse runs of white space to one space (how messages and exceptions quote flagged text). */
export const collapse = (text: string) => text.replace(/\s+/g, ' ');
