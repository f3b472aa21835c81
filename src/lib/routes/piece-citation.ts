/**
 * A piece as a citable work: "Cite this essay/poster" in every style, with the build's date as the
 * accessed date, and the piece's own BibTeX, RIS and CSL-JSON files.
 */
import { citablePieceOf } from '../citations/citable-piece.ts';
import { ACCESSED_PLACEHOLDER, type CitablePiece, pieceItem, pieceRenderItem } from '../citations/csl-items.ts';
import { renderLibrary, renderReferencesInStyles, type RenderedReference } from '../citations/engine.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat, exportItems } from '../citations/exports.ts';
import { takePrerenderedCitations } from '../citations/prerender.ts';
import { STYLE_ORDER, type StyledText, styledTexts } from '../citations/style-order.ts';
import { CITATION_STYLES, type CitationStyleId, formatStyleDate } from '../citations/styles.ts';
import { type Essay, getEssays, getPosters, type Poster } from './collections.ts';

/** An essay or poster as a citable work. */
export function citablePiece(piece: { kind: 'essay'; entry: Essay } | { kind: 'poster'; entry: Poster }): CitablePiece {
  const { id } = piece.entry;
  const source =
    piece.kind === 'essay'
      ? { kind: piece.kind, id, data: piece.entry.data }
      : { kind: piece.kind, id, data: piece.entry.data };
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
      [
        ...essays.map((entry) => pieceRenderItem(citablePiece({ kind: 'essay', entry }))),
        ...posters.map((entry) => pieceRenderItem(citablePiece({ kind: 'poster', entry }))),
      ],
      STYLE_ORDER,
    ),
  );
  return pieceRenderings;
}

/** "Cite this essay/poster": the piece's citation in every style and its download files. */
export async function getPieceCitation(piece: CitablePiece, pageHref: string): Promise<PieceCitation> {
  const item = pieceRenderItem(piece);
  const rendered =
    (await getPieceRenderings()).get(String(item.id)) ??
    renderReferencesInStyles([item], STYLE_ORDER).get(String(item.id));
  const styles = styledTexts(rendered).map((s) => ({ ...s, ...selfCitation(s, piece) }));
  const downloads = EXPORT_FORMAT_IDS.map((format) => ({
    format,
    label: EXPORT_FORMATS[format].label,
    href: `${pageHref}cite.${format}`,
  }));
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
