/** A content file as the checks see it: its collection, id, source and (for MDX) its compiled syntax tree. */
import type { Root } from 'mdast';
import type { CollectionName } from '../content/paths.ts';
import type { SourceFile } from '../content/source-file.ts';
import type { Problem } from './problem.ts';

export interface CheckedFile {
  collection: CollectionName;
  /** Entry id: the file name without its extension. */
  id: string;
  source: SourceFile;
  /**
   * The MDX body's syntax tree after every remark step of the build's own compiler (positions are
   * file positions); undefined for YAML entries and for bodies the compiler could not parse.
   */
  tree?: Root;
  /** What the compiler's safety steps refused in this file (rules `mdx/*`). */
  unsafe?: Problem[];
}

/** One family of checks over the whole set of files (so cross-file rules such as duplicate DOIs fit). */
export type CheckPass = (files: readonly CheckedFile[]) => Problem[];
