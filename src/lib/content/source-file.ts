/**
 * Read a content file the way the build reads it, keeping source positions for the checks.
 *
 * The front matter is found and parsed by Astro's own function (`parseFrontmatter`, js-yaml), which is
 * what the content layer and the MDX compiler use, and the MDX body is that function's output: the
 * whole file with the front matter blanked to spaces, so a position in the compiled tree is a position
 * in the file. The same YAML is also parsed with `yaml`, which keeps positions and leaves dates as
 * text (so the schema can refuse 2024-02-30, which js-yaml rolls over to 1 March); where the two
 * readers disagree about any value, `readers` says so and the check refuses the file.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface SourceFile {
  /** Path as reported to the contributor (relative to the project root). */
  path: string;
  /** Front matter YAML (or the whole file for .yaml entries), parsed with positions. */
  yaml: Document;
  /** The YAML text as written; offsets in `yaml` node ranges index into it. */
  yamlText: string;
  /** The parsed front matter data, or undefined when there is none or it could not be parsed. */
  data: unknown;
  /**
   * What the MDX compiler reads: the file with its front matter blanked to spaces (line breaks kept),
   * so positions in the body are positions in the file. '' for .yaml entries.
   */
  body: string;
  /** The line the text after the front matter starts on (1 when there is none). */
  bodyLine: number;
  /** The front matter as the build reads it (Astro's parser), passed to the MDX compiler as it is. */
  buildData: Record<string, unknown>;
  /** How the build's YAML reader and the checks' reader differ on this file, if they do. */
  readers?: { at: PropertyKey[]; build: unknown; check: unknown };
  /** The front matter is not YAML (Astro also accepts TOML between +++ lines). */
  toml?: boolean;
  /** Turn a YAML offset into a line and column in the file. */
  locate(offset: number): { line: number; column: number };
}

/** A content file that is not UTF-8 text, with where its first undecodable byte is. */
export class NotUtf8Error extends Error {
  readonly line: number;
  readonly column: number;

  constructor(line: number, column: number) {
    super(`not UTF-8 text (line ${line}, column ${column})`);
    this.line = line;
    this.column = column;
  }
}

/** Read and parse a content file; throws NotUtf8Error for a file that is not UTF-8. */
export function readSourceFile(absolutePath: string, displayPath: string): SourceFile {
  return parseSource(decodeUtf8(readFileSync(absolutePath)), displayPath);
}

/** Decode UTF-8 strictly (a byte order mark is kept, as Node's reader keeps it for Astro). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // The bytes before the first bad line decode; find the bad byte within its line.
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0x0a) continue;
      if (!decodes(bytes.subarray(lineStart, i))) break;
      line++;
      lineStart = i + 1;
    }
    // Step one character (one to four bytes) at a time until a byte starts no valid character.
    let end = lineStart;
    for (;;) {
      const length = [1, 2, 3, 4].find((n) => end + n <= bytes.length && decodes(bytes.subarray(end, end + n)));
      if (length === undefined) break;
      end += length;
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart, end)).length + 1;
    throw new NotUtf8Error(line, column);
  }
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function parseSource(text: string, displayPath: string): SourceFile {
  return displayPath.endsWith('.mdx') ? parseMdxSource(text, displayPath) : parseYamlSource(text, displayPath);
}

function parseMdxSource(text: string, displayPath: string): SourceFile {
  let parsed: { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };
  let buildError = false;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch {
    // js-yaml refused the front matter: the `yaml` reader below reports where and why.
    parsed = { frontmatter: {}, rawFrontmatter: extractRawFrontmatter(text) ?? '', content: blankFrontmatter(text) };
    buildError = true;
  }
  const { rawFrontmatter, content } = parsed;
  const toml = /^\uFEFF?\s*\+\+\+/.test(text) && rawFrontmatter !== '';
  // The raw front matter starts just after the opening fence (with the rest of that line).
  const fenceAt = rawFrontmatter ? text.indexOf(rawFrontmatter) : 0;
  // Without the line break before the closing fence, an error at the end of the YAML is reported at the end of its last line.
  const source = fromYaml(toml ? '' : rawFrontmatter.replace(/\r?\n$/, ''), displayPath, text, fenceAt);
  source.body = content;
  source.bodyLine = rawFrontmatter ? text.slice(0, fenceAt + rawFrontmatter.length + 3).split('\n').length + 1 : 1;
  source.buildData = parsed.frontmatter;
  if (toml) source.toml = true;
  if (!rawFrontmatter) source.data = undefined;
  else if (!buildError && !toml) compareReaders(source, parsed.frontmatter);
  return source;
}

function parseYamlSource(text: string, displayPath: string): SourceFile {
  const source = fromYaml(text, displayPath, text, 0);
  try {
    compareReaders(source, loadYaml(text));
  } catch {
    // js-yaml refused it; the `yaml` reader reports the syntax error (or both accept different YAML).
    if (source.yaml.errors.length === 0) source.readers = { at: [], build: 'a YAML syntax error', check: source.data };
  }
  return source;
}

/** Parse YAML that starts at `start` in `text`, with positions mapped to the whole file. */
function fromYaml(yamlText: string, displayPath: string, text: string, start: number): SourceFile {
  const fileLines = new LineCounter();
  fileLines.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') fileLines.addNewLine(i + 1);
  const lineCounter = new LineCounter();
  // Dates stay strings here (YAML 1.2 core schema), so the schema can refuse impossible dates.
  const yaml = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const data = yaml.errors.length === 0 ? yaml.toJS() : undefined;
  return {
    path: displayPath,
    yaml,
    yamlText,
    data,
    body: '',
    bodyLine: 1,
    buildData: {},
    locate(offset) {
      const { line, col } = fileLines.linePos(start + offset);
      return { line, column: col };
    },
  };
}

/** The raw front matter as Astro's parser finds it, for when its YAML reader throws. */
function extractRawFrontmatter(text: string): string | undefined {
  return /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/.exec(text)?.[1];
}

function blankFrontmatter(text: string): string {
  const raw = extractRawFrontmatter(text);
  if (raw === undefined) return text;
  const at = text.indexOf(raw);
  return `${text.slice(0, at - 3)}   ${raw.replace(/[^\r\n]/g, ' ')}   ${text.slice(at + raw.length + 3)}`;
}

/**
 * Record the first value on which the two YAML readers disagree. A date the build reads as a Date and
 * the checks keep as its text agree when the text names that same instant (the schema judges the text).
 */
function compareReaders(source: SourceFile, build: unknown): void {
  if (source.yaml.errors.length > 0) return;
  const difference = firstDifference(build, source.data, []);
  if (difference) source.readers = { at: difference, build: valueAt(build, difference), check: valueAt(source.data, difference) };
}

function firstDifference(build: unknown, check: unknown, at: PropertyKey[]): PropertyKey[] | undefined {
  if (build instanceof Date) {
    if (typeof check === 'string' && /^\d{4}-\d\d-\d\d/.test(check)) return undefined;
    return at;
  }
  if (Array.isArray(build) || Array.isArray(check)) {
    if (!Array.isArray(build) || !Array.isArray(check) || build.length !== check.length) return at;
    for (let i = 0; i < build.length; i++) {
      const found = firstDifference(build[i], check[i], [...at, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (isPlainObject(build) || isPlainObject(check)) {
    if (!isPlainObject(build) || !isPlainObject(check)) return at;
    const keys = new Set([...Object.keys(build), ...Object.keys(check)]);
    for (const key of keys) {
      if (!Object.hasOwn(build, key) || !Object.hasOwn(check, key)) return [...at, key];
      const found = firstDifference(build[key], check[key], [...at, key]);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(build, check) ? undefined : at;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function valueAt(data: unknown, dataPath: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of dataPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The source position of the value at a data path, or of the nearest enclosing key that exists. */
export function locatePath(file: SourceFile, dataPath: readonly PropertyKey[]): { line: number; column: number } {
  let node: unknown = file.yaml.contents;
  let best: [number, number, number] | undefined = (node as { range?: [number, number, number] } | null)?.range;
  for (const key of dataPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      best = (pair.key as { range?: [number, number, number] }).range ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      best = (node as { range?: [number, number, number] } | undefined)?.range ?? best;
    } else break;
  }
  return best ? file.locate(best[0]) : { line: 1, column: 1 };
}
