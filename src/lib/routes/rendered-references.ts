/**
 * The library's references rendered in every citation style: once per build for the whole library,
 * and together where a piece's bibliography holds works a style could confuse.
 */
import type { CslItem } from '@citation-js/core';
import { referenceItem } from '../citations/csl-items.ts';
import { confusableKey, renderLibrary, renderReferencesInStyles } from '../citations/engine.ts';
import { takePrerenderedCitations } from '../citations/prerender.ts';
import { STYLE_ORDER, type StyledText, styledTexts } from '../citations/style-order.ts';
import { getReferenceMap } from './collections.ts';

let libraryRenderings: Promise<Map<string, StyledText[]>> | undefined;

/** Every reference in the library in every style, rendered once per build (see renderLibrary). */
function getLibraryRenderings(): Promise<Map<string, StyledText[]>> {
  libraryRenderings ??= Promise.all([getAllReferenceItems(), takePrerenderedCitations()]).then(([items]) => {
    const rendered = renderLibrary(items, STYLE_ORDER);
    return new Map(items.map((item) => [String(item.id), styledTexts(rendered.get(String(item.id)))]));
  });
  return libraryRenderings;
}

/** Rendered entries by key, from the library renderings. */
async function fromLibrary(keys: readonly string[]): Promise<Map<string, StyledText[]>> {
  const library = await getLibraryRenderings();
  return new Map(
    keys.map((key) => {
      const rendered = library.get(key);
      // The content checks stop the build before this can happen; fail loudly if they were bypassed.
      if (!rendered) throw new Error(`Citation key "${key}" names no reference.`);
      return [key, rendered];
    }),
  );
}

/**
 * A piece's bibliography entries (by key, in first-cited order) in every style. Works a style could
 * confuse (same first author and year) are rendered together so their year suffixes belong to this
 * bibliography; everything else comes from the library renderings.
 */
export async function renderKeys(keys: readonly string[]): Promise<Map<string, StyledText[]>> {
  const references = await getReferenceMap();
  const items = keys.map((key) => {
    const reference = references.get(key);
    if (!reference) throw new Error(`Citation key "${key}" names no reference.`);
    return referenceItem(key, reference.data);
  });
  if (new Set(items.map(confusableKey)).size === items.length) return fromLibrary(keys);
  const rendered = renderReferencesInStyles(items, STYLE_ORDER);
  return new Map(keys.map((key) => [key, styledTexts(rendered.get(key))]));
}

/** Each reference as rendered on its own (no numbering or year suffixes borrowed from other works), in every style. */
export const renderEach = fromLibrary;

/** Every reference in the library as CSL items, by key. */
export async function getAllReferenceItems(): Promise<CslItem[]> {
  const references = await getReferenceMap();
  return [...references.values()].sort((a, b) => a.id.localeCompare(b.id)).map((r) => referenceItem(r.id, r.data));
}
