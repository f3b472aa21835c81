/** A content file as the checks see it: its collection, id, source and (for MDX) its syntax tree. */
import type { Root } from 'mdast';
import type { CollectionName } from '../content/paths.ts';
import type { SourceFile } from '../content/source-file.ts';
import type { Problem } from './problem.ts';

export interface CheckedFile {
  collection: CollectionName;
  /** Entry id: the file name without its extension. */
  id: string;
  source: SourceFile;
  /** The MDX body's syntax tree; undefined for YAML entries and for bodies that could not be parsed. */
  tree?: Root;
}

/** One family of checks over the whole set of files (so cross-file rules such as duplicate DOIs fit). */
export type CheckPass = (files: readonly CheckedFile[]) => Problem[];

/** Convert a line inside an MDX body to a line in the file. */
export const fileLine = (file: CheckedFile, bodyLine: number) => file.source.bodyLine + bodyLine - 1;
