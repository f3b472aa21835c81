/**
 * Citation view models: bibliographies in every style, a piece's own citation ("cite this"), the
 * downloadable BibTeX/RIS/CSL-JSON files, and where each work is cited.
 */
import type { CslItem } from '@citation-js/core';
import { citablePieceOf } from '../citations/citable-piece.ts';
import { ACCESSED_PLACEHOLDER, type CitablePiece, pieceItem, pieceRenderItem, referenceItem } from '../citations/csl-items.ts';
import { confusableKey, renderLibrary, renderReferencesInStyles, type RenderedReference } from '../citations/engine.ts';
import { takePrerenderedCitations } from '../citations/prerender.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat, exportItems } from '../citations/exports.ts';
import { citationAnchor, numberCitationsInBody } from '../citations/number-citations.ts';
import { CITATION_STYLE_IDS, CITATION_STYLES, type CitationStyleId, formatStyleDate } from '../citations/styles.ts';
import { licenceUrl } from '../format/licence.ts';
import { type MetaTag, pieceJsonLd, pieceMetaTags, serialiseJsonLd } from '../citations/page-metadata.ts';
import { SITE } from '../../site.ts';
import { type Essay, essayHref, getEssays, getPosters, getReferenceMap, type Poster, posterHref } from './collections.ts';

/** One rendering of a work, labelled with its style. */
export interface StyledText extends RenderedReference {
  style: CitationStyleId;
  /** Short label for a switch, e.g. "AMA". */
  label: string;
  /** Full name, e.g. "AMA 11th edition". */
  name: string;
  /** True for the site's default style. */
  isDefault: boolean;
}

/** Styles in the order a reader is offered them: the site's default first. */
export const STYLE_ORDER: CitationStyleId[] = [SITE.citationStyle, ...CITATION_STYLE_IDS.filter((s) => s !== SITE.citationStyle)];

export function styledTexts(renderings: Record<CitationStyleId, RenderedReference> | undefined): StyledText[] {
  if (!renderings) throw new Error('A work was not rendered in every style.');
  return STYLE_ORDER.map((style) => ({ style, ...CITATION_STYLES[style], ...renderings[style], isDefault: style === SITE.citationStyle }));
}

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

/** The absolute address of a page of the site. */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;

/** An essay or poster as a citable work. */
export function citablePiece(piece: { kind: 'essay'; entry: Essay } | { kind: 'poster'; entry: Poster }): CitablePiece {
  const { id } = piece.entry;
  const source = piece.kind === 'essay' ? { kind: piece.kind, id, data: piece.entry.data } : { kind: piece.kind, id, data: piece.entry.data };
  return citablePieceOf(source, import.meta.env.SITE);
}

/** A download link for one of a piece's citation files. */
export interface CitationDownload {
  format: ExportFormat;
  label: string;
  href: string;
}

export interface PieceCitation {
  /** The piece's own citation in every style, the default first. */
  styles: StyledText[];
  downloads: CitationDownload[];
}

let pieceRenderings: Promise<Map<string, Record<CitationStyleId, RenderedReference>>> | undefined;

/** Every published piece's own citation in every style, rendered once per build. */
function getPieceRenderings(): Promise<Map<string, Record<CitationStyleId, RenderedReference>>> {
  pieceRenderings ??= Promise.all([getEssays(), getPosters(), takePrerenderedCitations()]).then(([essays, posters]) =>
    renderLibrary(
      [...essays.map((entry) => pieceRenderItem(citablePiece({ kind: 'essay', entry }))), ...posters.map((entry) => pieceRenderItem(citablePiece({ kind: 'poster', entry })))],
      STYLE_ORDER,
    ),
  );
  return pieceRenderings;
}

/** "Cite this essay/poster": the piece's citation in every style and its download files. */
export async function getPieceCitation(piece: CitablePiece, pageHref: string): Promise<PieceCitation> {
  const item = pieceRenderItem(piece);
  const rendered = (await getPieceRenderings()).get(String(item.id)) ?? renderReferencesInStyles([item], STYLE_ORDER).get(String(item.id));
  const styles = styledTexts(rendered).map((s) => ({ ...s, ...selfCitation(s, piece) }));
  const downloads = EXPORT_FORMAT_IDS.map((format) => ({ format, label: EXPORT_FORMATS[format].label, href: `${pageHref}cite.${format}` }));
  return { styles, downloads };
}

/** The day the site was built: a self-citation's accessed date until the reader's own replaces it. */
const BUILT = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));

/**
 * Where a style says a presentation was given but the poster's meeting is not known, AMA and NLM
 * leave the phrase hanging ("Poster presented at: Accessed ..."); the phrase goes, the genre stays.
 */
const UNKNOWN_MEETING: Partial<Record<CitationStyleId, [RegExp, string]>> = {
  ama: [/ Poster presented at:(?= )/, ' Poster.'],
  vancouver: [/ Poster presented at\.(?= )/, ''],
};

/**
 * A piece's own citation as the page shows it: the build's date as the accessed date, marked so that
 * public/scripts/citations.js can bring it up to the reader's day, and no dangling meeting phrase.
 */
function selfCitation(rendering: StyledText, piece: CitablePiece): RenderedReference {
  const form = CITATION_STYLES[rendering.style].dateForm;
  const placeholder = formatStyleDate(ACCESSED_PLACEHOLDER, form);
  const fix = piece.kind === 'poster' && !piece.firstPublished?.venue ? UNKNOWN_MEETING[rendering.style] : undefined;
  const tidy = (text: string) => (fix ? text.replace(fix[0], fix[1]) : text);
  const built = formatStyleDate(BUILT, form);
  return {
    html: tidy(rendering.html).replace(placeholder, `<span data-accessed="${form}">${built}</span>`),
    text: tidy(rendering.text).replace(placeholder, built),
  };
}

/** The piece's own citation file (cite.bib, cite.ris, cite.json). */
export const pieceExport = (piece: CitablePiece, format: ExportFormat) => exportItems(format, [pieceItem(piece)]);

/** Every reference in the library as CSL items, by key. */
export async function getAllReferenceItems(): Promise<CslItem[]> {
  const references = await getReferenceMap();
  return [...references.values()].sort((a, b) => a.id.localeCompare(b.id)).map((r) => referenceItem(r.id, r.data));
}

/** One place a work is cited: a piece and the anchors of the citations in it. */
export interface CitingPiece {
  kind: 'essay' | 'poster';
  title: string;
  href: string;
  /** Links to each citation of the work in the piece, in reading order. */
  places: string[];
}

let citingPieces: Promise<Map<string, CitingPiece[]>> | undefined;

/** For every cited key, the published pieces citing it and the exact places (computed once per build). */
export function getCitingPieces(): Promise<Map<string, CitingPiece[]>> {
  citingPieces ??= findCitingPieces();
  return citingPieces;
}

async function findCitingPieces(): Promise<Map<string, CitingPiece[]>> {
  const [essays, posters] = await Promise.all([getEssays(), getPosters()]);
  const pieces = [
    ...essays.map((e) => ({ entry: e as Essay | Poster, kind: 'essay' as const, href: essayHref(e.id) })),
    ...posters.map((p) => ({ entry: p as Essay | Poster, kind: 'poster' as const, href: posterHref(p.id) })),
  ];
  const citing = new Map<string, CitingPiece[]>();
  for (const { entry, kind, href } of pieces) {
    const { order, backlinks } = numberCitationsInBody(entry.body ?? '');
    for (const key of order) {
      const list = citing.get(key) ?? [];
      list.push({ kind, title: entry.data.title, href, places: (backlinks.get(key) ?? [citationAnchor(1)]).map((anchor) => `${href}#${anchor}`) });
      citing.set(key, list);
    }
  }
  return citing;
}

/** The head metadata of a piece page: meta tags and the JSON-LD text. */
export interface PieceHead {
  meta: MetaTag[];
  jsonLd: string;
}

export async function getPieceHead(piece: CitablePiece, body: string | undefined, options: { orcid?: string | undefined; licence: Parameters<typeof licenceUrl>[0] }): Promise<PieceHead> {
  const references = await getReferenceMap();
  const cited = numberCitationsInBody(body ?? '').order.flatMap((key) => {
    const reference = references.get(key);
    return reference ? [{ id: key, data: reference.data }] : [];
  });
  const input = { piece, orcid: options.orcid, references: cited, licenceUrl: licenceUrl(options.licence) };
  return { meta: pieceMetaTags(input), jsonLd: serialiseJsonLd(pieceJsonLd(input)) };
}
