/**
 * The text a reader will see, as the checks search it: every text value of an MDX body's syntax tree
 * (prose, inline code, code blocks, table cells, footnotes, link and image titles, image descriptions,
 * component props; see src/lib/confidentiality/tree-text.ts) and every string value of the front
 * matter, each decoded, joined across inline markup and normalised, and mapped back to file positions.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { alignValue } from '../confidentiality/align.ts';
import { joinSegments, type JoinedText } from '../confidentiality/normalise.ts';
import { type BlockKind, treeText } from '../confidentiality/tree-text.ts';
import type { CheckedFile } from './checked-file.ts';

export interface Position {
  line: number;
  column: number;
}

/** A searchable, normalised text and how to turn an index in it into a line and column in the file. */
export interface SearchableText {
  /** The normalised text. */
  value: string;
  locate(index: number): Position;
}

export interface BodyText extends SearchableText {
  kind: BlockKind;
}

/** Texts already read from a file's tree or front matter: two checks (confidentiality, placeholders) read them. */
const bodyTextsRead = new WeakMap<CheckedFile, BodyText[]>();
const frontmatterStringsRead = new WeakMap<CheckedFile, FrontmatterString[]>();

/** Every run of text a reader gets from the body, normalised, in document order (read once per file). */
export function bodyTexts(file: CheckedFile): BodyText[] {
  if (!file.tree) return [];
  let texts = bodyTextsRead.get(file);
  if (!texts) {
    const locateOffset = bodyLocator(file);
    texts = treeText(file.tree, file.source.body).map((block) => ({
      kind: block.kind,
      ...searchable(() => joinSegments(block.segments, { keepLines: block.keepLines ?? false }, locateOffset)),
    }));
    bodyTextsRead.set(file, texts);
  }
  return texts;
}

/**
 * A text and its locator. The join's position maps take 16 bytes for each character, and every text
 * is kept until the checks end, so a library of 5,000 essays held most of a gigabyte of them for the
 * few texts with a finding: only the text is kept, and the maps are made again for a text that is located.
 */
function searchable(join: () => JoinedText): SearchableText {
  let joined: JoinedText | undefined;
  return {
    value: join().text,
    locate: (index) => {
      joined ??= join();
      const { line, column } = joined.locate(index);
      return { line, column };
    },
  };
}

/** Turn an offset in the body into a line and column in the file. */
export function bodyLocator(file: CheckedFile): (offset: number) => Position {
  const lineStarts = [0];
  const body = file.source.body;
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/** One string value in the front matter, with its data path (e.g. ["quotes", 0, "text"]). */
export interface FrontmatterString extends SearchableText {
  path: Array<string | number>;
}

/**
 * Every string value in the front matter as the site will print it (YAML escapes and folding decoded,
 * then normalised), in document order, located at its place in the YAML (read once per file).
 */
export function frontmatterStrings(file: CheckedFile): FrontmatterString[] {
  const read = frontmatterStringsRead.get(file);
  if (read) return read;
  const { source } = file;
  const found: FrontmatterString[] = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range;
      const value = node.value;
      const join = () =>
        joinSegments(
          [
            {
              value,
              start: { line: 1, column: 1, offset: start },
              offsets: alignValue(value, source.yamlText.slice(start, end), start),
            },
          ],
          {},
          (offset) => source.locate(offset),
        );
      found.push({ path, ...searchable(join) });
    }
  };
  if (source.yaml.errors.length === 0) walk(source.yaml.contents, []);
  frontmatterStringsRead.set(file, found);
  return found;
}

/** True when a data path starts with the given keys (a number in `prefix` matches any index: use -1). */
export function pathStartsWith(path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>): boolean {
  return prefix.every((key, i) => (key === -1 ? typeof path[i] === 'number' : path[i] === key));
}
