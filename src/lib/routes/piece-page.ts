/**
 * The view model of a piece page: everything an essay page or a poster page shows, gathered here once,
 * so EssayLayout.astro and PosterLayout.astro are frames that only place what they are given, and a
 * change to what every piece page shows (the licence line, the citation panel, the teaching notes) is
 * made in one place: `piecePage` below.
 */
import { licenceLabel } from '../format/licence.ts';
import { displayDate, isoDay } from '../format/dates.ts';
import { pieceDates, type PieceDates } from '../format/piece-dates.ts';
import { typeset } from '../format/typeset.ts';
import type { MarginNoteSources } from '../markdown/margin-notes.ts';
import { citablePiece, getPieceCitation, type PieceCitation } from './piece-citation.ts';
import { getPieceHead, type PieceHead } from './piece-head.ts';
import { getCitationNumbers } from './citation-numbers.ts';
import type { Essay, Poster } from './collections.ts';
import { getMarginNoteSources } from './margin-notes.ts';
import { getNeighbours, type Neighbours } from './neighbours.ts';
import { type BibliographyList, essayCard, getBibliography, type PieceCard, posterCard } from './pieces.ts';
import { pieceSearchRecord, type SearchRecord } from './search.ts';
import { teachingHref, type TeachingNotes } from './teaching.ts';
import type { TermGroup } from './terms.ts';

/** What every piece page shows, essay or poster. */
export interface PiecePage {
  kind: 'essay' | 'poster';
  title: string;
  summary: string;
  /** The content file, for the footer's "edit this page" link. */
  sourcePath: string | undefined;
  /** Citation meta tags and JSON-LD for the page's head. */
  head: PieceHead;
  /** What the search index stores about the page. */
  searchRecord: SearchRecord;
  bibliography: BibliographyList[];
  /** "Cite this essay/poster". */
  citation: PieceCitation;
  /** The "For educators" section, when the piece has teaching notes, and its printable page. */
  teaching: { notes: TeachingNotes | undefined; href: string };
  /** Every vocabulary the piece is tagged in. */
  tags: TermGroup[];
  /** "Licence: CC BY 4.0". */
  licence: string;
  /** Related, newer and older pieces. */
  neighbours: Neighbours;
}

/** A date as the page prints it; `asTime` when it may be a <time datetime> (see PieceDates.libraryAsTime). */
export interface PageDate {
  text: string;
  iso: string;
  asTime: boolean;
}

export interface EssayPage extends PiecePage {
  kind: 'essay';
  /** The byline within a sentence, after "By". */
  byline: string;
  dates: PieceDates;
  /** What the margin notes beside the text say: the bibliography's works and the glossary's terms. */
  marginNotes: MarginNoteSources;
  /** The last update, when there was one. */
  updated?: PageDate;
  readingMinutes: number;
}

/** A fact in a poster's header: "Project: …", "Where: …"; `zone: 'date'` marks a date the publish gate may read. */
export interface PosterFact {
  term: string;
  value: string;
  zone?: 'date';
}

/** One contact of a poster's resources panel, with the phone number and email address as links. */
export interface PosterContact {
  name: string;
  phone?: { href: string; text: string };
  email?: { href: string; text: string };
}

/** A poster's panels, their text typeset (curly quotes, dashes) as an essay's text is. */
export interface PosterPage extends PiecePage {
  kind: 'poster';
  facts: PosterFact[];
  objective: { lead: string; items: string[] };
  approach: string[];
  quotes: Array<{ text: string; speaker: string }>;
  /** The results and the conclusion, paragraph by paragraph. */
  results: string[];
  conclusion: string[];
  resources: { links: Array<{ href: string; label: string }>; contacts: PosterContact[] };
}

/** What both kinds of piece page show, from the piece's card, its entry and its body. */
async function piecePage(
  card: PieceCard,
  piece: { kind: 'essay'; entry: Essay } | { kind: 'poster'; entry: Poster },
): Promise<PiecePage> {
  const { entry } = piece;
  const { data } = entry;
  const citable = citablePiece(piece);
  const orcid = piece.kind === 'essay' ? piece.entry.data.author.orcid : undefined;
  const numbers = await getCitationNumbers(entry);
  const bibliography = await getBibliography(numbers);
  const [head, citation, neighbours] = await Promise.all([
    getPieceHead(citable, numbers.order, { orcid, licence: data.licence }),
    getPieceCitation(citable, card.href),
    getNeighbours(card.href),
  ]);
  return {
    kind: piece.kind,
    title: data.title,
    summary: data.summary,
    sourcePath: entry.filePath,
    head,
    searchRecord: pieceSearchRecord(card),
    bibliography,
    citation,
    teaching: { notes: data.teaching, href: teachingHref(piece.kind === 'essay' ? 'essays' : 'posters', entry.id) },
    tags: card.tags,
    licence: `Licence: ${licenceLabel(data.licence)}`,
    neighbours,
  };
}

export async function getEssayPage(essay: Essay): Promise<EssayPage> {
  const card = essayCard(essay);
  const { data } = essay;
  const dates = pieceDates('essay', data.published, data['first-published']);
  const common = await piecePage(card, { kind: 'essay', entry: essay });
  const page: EssayPage = {
    ...common,
    kind: 'essay',
    byline: card.bylineAfterBy,
    dates,
    marginNotes: await getMarginNoteSources(common.bibliography),
    readingMinutes: card.readingMinutes ?? 0,
  };
  if (data.updated)
    page.updated = { text: displayDate(data.updated), iso: isoDay(data.updated), asTime: dates.libraryAsTime };
  return page;
}

/** Panel text, paragraph by paragraph (a blank line between them). */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map(typeset);

export async function getPosterPage(poster: Poster): Promise<PosterPage> {
  const card = posterCard(poster);
  const { data } = poster;
  const dates = pieceDates('poster', data.published, data['first-published']);
  const facts: PosterFact[] = [
    { term: 'Project', value: data.project },
    ...(data.organisation ? [{ term: 'Organisation', value: data.organisation }] : []),
    { term: 'Where', value: `${data.region}, ${data.country}` },
    ...(data.sites ? [{ term: 'Sites', value: String(data.sites) }] : []),
    { term: 'Presented', value: (dates.first ?? '').replace(/^Presented /, ''), zone: 'date' },
    { term: dates.libraryLabel, value: dates.libraryText, zone: 'date' },
  ];
  return {
    ...(await piecePage(card, { kind: 'poster', entry: poster })),
    kind: 'poster',
    facts,
    objective: { lead: typeset(data.objective.lead), items: data.objective.items.map(typeset) },
    approach: data.approach.map(typeset),
    quotes: data.quotes.map((quote) => ({ text: typeset(quote.text), speaker: typeset(quote.speaker) })),
    results: paragraphs(data.results),
    conclusion: paragraphs(data.conclusion),
    resources: {
      links: data.resources.links.map((link) => ({ href: link.url, label: typeset(link.label) })),
      contacts: data.resources.contacts.map((contact) => ({
        name: contact.name,
        // Dialled without its spaces and dashes; shown with non-breaking hyphens, so it never wraps.
        ...(contact.phone && {
          phone: { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}`, text: contact.phone.replaceAll('-', '\u2011') },
        }),
        ...(contact.email && { email: { href: `mailto:${contact.email}`, text: contact.email } }),
      })),
    },
  };
}
