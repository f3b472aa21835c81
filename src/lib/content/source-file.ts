/**
 * Read a content file as a contributor wrote it: front matter (YAML, with source positions) and body.
 * Nothing is evaluated; this is what the checks work on before Astro sees the file.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface SourceFile {
  /** Path as reported to the contributor (relative to the project root). */
  path: string;
  /** Front matter YAML (or the whole file for .yaml entries). */
  yaml: Document;
  /** The YAML text as written; offsets in `yaml` node ranges index into it. */
  yamlText: string;
  /** The parsed front matter data, or undefined when it could not be parsed. */
  data: unknown;
  /** The MDX body after the front matter ('' for .yaml entries). */
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyLine: number;
  /** Turn a YAML offset into a line and column in the file. */
  locate(offset: number): { line: number; column: number };
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readSourceFile(absolutePath: string, displayPath: string): SourceFile {
  return parseSource(readFileSync(absolutePath, 'utf8'), displayPath);
}

export function parseSource(text: string, displayPath: string): SourceFile {
  const isMdx = displayPath.endsWith('.mdx') || displayPath.endsWith('.md');
  let yamlText = text;
  let yamlLine = 1;
  let body = '';
  let bodyLine = 1;
  if (isMdx) {
    const fence = FENCE.exec(text);
    yamlText = fence?.[1] ?? '';
    yamlLine = 2;
    body = fence ? text.slice(fence[0].length) : text;
    bodyLine = fence ? fence[0].split('\n').length : 1;
  }
  const lineCounter = new LineCounter();
  // Dates stay strings here (YAML 1.2 core schema), so the schema can refuse impossible dates such as
  // 2024-02-30, which a timestamp-parsing YAML reader would silently roll over to 1 March.
  const yaml = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const data = yaml.errors.length === 0 ? yaml.toJS() : undefined;
  return {
    path: displayPath,
    yaml,
    yamlText,
    data,
    body,
    bodyLine,
    locate(offset) {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + yamlLine - 1, column: col };
    },
  };
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
