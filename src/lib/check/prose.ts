/**
 * The text a reader will see, as the checks search it: the prose of an MDX body and the string values
 * of the front matter, each searchable with regular expressions and mapped back to file positions.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, isSeq } from 'yaml';
import type { CheckedFile } from './checked-file.ts';

export interface Position {
  line: number;
  column: number;
}

/** A searchable text and how to turn an offset in it into a line and column in the file. */
export interface SearchableText {
  value: string;
  locate(offset: number): Position;
}

/**
 * The body's prose, at its original offsets: text nodes, image descriptions and literal attribute
 * values are kept as written; everything else (code, inline code, Markdown and JSX syntax, link
 * addresses) is blanked to spaces, line breaks kept. Formatting between words reads as a space, so
 * "Mrs *Patel*" is still found, and positions stay exact.
 */
export function bodyProse(file: CheckedFile): SearchableText | undefined {
  if (!file.tree) return undefined;
  const body = file.source.body;
  // One slot per UTF-16 unit, as the parser's offsets count them.
  const masked: string[] = body.split('').map((c) => (c === '\n' ? '\n' : ' '));
  const keep = (start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined) return;
    for (let i = start; i < end; i++) masked[i] = body[i] ?? ' ';
  };
  visit(file.tree, (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text') keep(start, end);
    else if (node.type === 'image' && start !== undefined && end !== undefined) {
      // ![description](address): only the description is prose.
      const close = body.indexOf('](', start);
      if (close > start && close < end) keep(start + 2, close);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') keep(...attributeValueRange(body, attribute));
      }
    }
  });
  return { value: masked.join(''), locate: bodyLocator(file) };
}

/** Offsets of a literal attribute value (between its quotes) in the body. */
function attributeValueRange(body: string, attribute: MdxJsxAttribute): [number | undefined, number | undefined] {
  const start = attribute.position?.start.offset;
  const end = attribute.position?.end.offset;
  if (start === undefined || end === undefined) return [undefined, undefined];
  const raw = body.slice(start, end);
  const open = raw.search(/["']/);
  if (open < 0) return [undefined, undefined];
  return [start + open + 1, end - 1];
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

/** Every string value in the front matter, as written (quotes included), in document order. */
export function frontmatterStrings(file: CheckedFile): FrontmatterString[] {
  const { source } = file;
  const found: FrontmatterString[] = [];
  const walk = (node: unknown, path: Array<string | number>) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range;
      found.push({ path, value: source.yamlText.slice(start, end), locate: (offset) => source.locate(start + offset) });
    }
  };
  if (source.yaml.errors.length === 0) walk(source.yaml.contents, []);
  return found;
}

/** True when a data path starts with the given keys (a number in `prefix` matches any index: use -1). */
export function pathStartsWith(path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>): boolean {
  return prefix.every((key, i) => (key === -1 ? typeof path[i] === 'number' : path[i] === key));
}
