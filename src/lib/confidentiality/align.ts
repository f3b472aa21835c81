/**
 * Map a decoded value back onto the source it was decoded from, character by character: "&#52;3" is
 * "43", "\*" is "*", and a paragraph's continuation lines lose their indentation. Returns, for each
 * UTF-16 unit of `value`, its offset in the file (`base` plus its index in `source`). One pass over
 * both strings: the cursor in the source only moves forward.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const ESCAPE = /^\\(?:(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|([0abtnvfreN_LP "/\\]))/;
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
/** How far ahead to look for a character the source spells differently or moved (indentation, markers). */
const LOOKAHEAD = 64;

export function alignValue(value: string, source: string, base: number, from = 0): Int32Array {
  const offsets = new Int32Array(value.length);
  let p = from;
  let k = 0;
  while (k < value.length) {
    const c = value[k]!;
    if (p >= source.length) {
      offsets[k++] = base + Math.max(from, source.length - 1);
      continue;
    }
    const s = source[p]!;
    if (s === c) {
      offsets[k++] = base + p++;
      continue;
    }
    if (s === '\\' && source[p + 1] === c && PUNCTUATION.test(c)) {
      offsets[k++] = base + p;
      p += 2;
      continue;
    }
    if (s === '\\') {
      // A YAML double-quoted escape: \x39, \u0039, \U00000039, \n, \t, \_ (no-break space) ...
      const escape = ESCAPE.exec(source.slice(p, p + 10));
      const decoded = escape
        ? escape[1]
          ? safeCodePoint(Number.parseInt(escape[1].slice(1), 16))
          : (SIMPLE_ESCAPES[escape[2] ?? ''] ?? '')
        : '';
      if (decoded && value.startsWith(decoded, k)) {
        for (let d = 0; d < decoded.length; d++) offsets[k++] = base + p;
        p += escape![0].length;
        continue;
      }
    }
    if (s === '&') {
      const ref = REFERENCE.exec(source.slice(p, p + 40));
      if (ref) {
        const decoded = ref[1]
          ? safeCodePoint(Number(ref[1]))
          : ref[2]
            ? safeCodePoint(Number.parseInt(ref[2], 16))
            : decodeNamedCharacterReference(ref[3] ?? '') || '';
        if (decoded && value.startsWith(decoded, k)) {
          for (let d = 0; d < decoded.length; d++) offsets[k++] = base + p;
          p += ref[0].length;
          continue;
        }
      }
    }
    // Skipped or moved characters (indentation, block quote markers, line endings): look ahead for c.
    const ahead = source.slice(p + 1, p + 1 + LOOKAHEAD).indexOf(c);
    if (ahead >= 0) {
      p += ahead + 1;
      offsets[k++] = base + p++;
      continue;
    }
    // A character the source does not spell here (a decoded line ending, a typographic quote): keep the cursor.
    offsets[k++] = base + p;
  }
  return offsets;
}

function safeCodePoint(code: number): string {
  try {
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  } catch {
    return '\uFFFD';
  }
}
