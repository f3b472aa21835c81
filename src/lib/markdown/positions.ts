/**
 * Positions for the pieces of a text node a plugin splits (around a citation, an abbreviation), so
 * that every check reading the finished tree can still say where in the file a piece of text is.
 * The text is taken to stand in the file as it is in the node (true but for character references
 * and escapes, where the position is then a character or two out).
 */
import type { Text } from 'mdast';
import type { Node, Parent, Point, Position } from 'unist';

function advance(start: Point, text: string): Point {
  let { line, column } = start;
  for (const character of text) {
    if (character === '\n') {
      line++;
      column = 1;
    } else column += character.length;
  }
  return { line, column, ...(start.offset === undefined ? {} : { offset: start.offset + text.length }) };
}

/** Where `node.value.slice(from, to)` is in the file, or undefined when the node has no position. */
export function slicePosition(node: Text, from: number, to: number): Position | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const at = advance(start, node.value.slice(0, from));
  return { start: at, end: advance(at, node.value.slice(from, to)) };
}

/** A text node for part of another, with its position. */
export function textSlice(node: Text, from: number, to: number = node.value.length): Text {
  const position = slicePosition(node, from, to);
  return position
    ? { type: 'text', value: node.value.slice(from, to), position }
    : { type: 'text', value: node.value.slice(from, to) };
}

/** Give a node a plugin made, and everything inside it that has no position, the position of the text it stands for. */
export function placeAt<T extends Node>(node: T, position: Position | undefined): T {
  if (!position) return node;
  const visit = (n: Node) => {
    n.position ??= position;
    for (const child of (n as Parent).children ?? []) visit(child);
  };
  visit(node);
  return node;
}
