/**
 * The one call for text that arrives in pieces: join the segments (each with its source position),
 * normalise, run the detectors, and map every finding back to the line and column in the source. The
 * content check reads a body through tree-text.ts and this; a browser editor can call it with the
 * segments of its own document model.
 */
import type { DetectContext } from './detector.ts';
import { findInNormalised, type Finding, toFinding } from './find-identifiers.ts';
import { DEFAULT_KNOWN_NAMES } from './known-names.ts';
import { joinSegments, type NormaliseOptions, type SourcePoint, type TextSegment } from './normalise.ts';

export interface LocatedFinding extends Finding {
  /** Where the flagged text starts in the source (1-based line and column, 0-based offset). */
  at: SourcePoint;
}

export interface ScanOptions extends NormaliseOptions {
  knownNames?: DetectContext['knownNames'];
  /** Turn a source offset into a line and column (exact for any source); by default the segments' own starts are used. */
  locateOffset?: (offset: number) => { line: number; column: number };
}

/** Every finding in text made of segments, with its place in the source. `start`/`end` index the normalised text. */
export function scanSegments(segments: readonly TextSegment[], options: ScanOptions = {}): LocatedFinding[] {
  const joined = joinSegments(segments, options, options.locateOffset);
  const context: DetectContext = { knownNames: options.knownNames ?? DEFAULT_KNOWN_NAMES };
  return findInNormalised(joined.text, context).map((candidate) => ({
    ...toFinding(candidate, joined.text),
    at: joined.locate(candidate.start),
  }));
}
