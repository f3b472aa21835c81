/**
 * Machine-readable metadata for an essay or poster page, so reference managers and indexers cite it
 * correctly. Every tag is chosen for what a reader of it does with it; docs/citations.md has the table
 * of which tag fills which Zotero field (its Embedded Metadata translator, which hands `DC.*`, `z.*`
 * and Open Graph tags to its RDF translator):
 * - Highwire Press `citation_*` tags (Google Scholar, Zotero): title, authors, dates, abstract...
 * - `DC.type` from the DCMI Type vocabulary (`Text`). Zotero also copies it into its Type field,
 *   which bibliographies print ("[Text]"), so `z.websiteType` / `z.presentationType` say what that
 *   field should hold instead.
 * - `z.itemType`: the Zotero item type (blogPost, presentation), read only by Zotero.
 * - Open Graph tags, and a schema.org item in JSON-LD (ScholarlyArticle for an essay, CreativeWork of
 *   the genre Poster for a poster) with the cited works; Zotero ignores JSON-LD, search engines read it.
 */
import { doiUrl } from '../identifiers.ts';
import type { ReferenceData } from '../../schemas/reference.ts';
import { isoDay } from '../format/dates.ts';
import { type CitablePiece, invertedName, splitPersonName } from './csl-items.ts';
import { homeHref } from '../routes/hrefs.ts';

/** Date parts as Highwire writes them: 2009, 2009/05, 2009/05/12. */
const slashParts = (parts: number[]) =>
  parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');
/** Date parts as ISO 8601 of the precision known: 2009, 2009-05, 2009-05-12. */
export const isoParts = (parts: number[]) => slashParts(parts).replaceAll('/', '-');

/** One `<meta>` tag: Highwire and Dublin Core use name=, Open Graph uses property=. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PieceMetadataInput {
  piece: CitablePiece;
  /** ORCID iD of the (single) essay author, bare. */
  orcid?: string | undefined;
  /** The works the piece cites, in first-cited order. */
  references: Array<{ id: string; data: ReferenceData }>;
  /** Licence URL of the piece. */
  licenceUrl: string;
}

const slashDate = (date: Date) => date.toISOString().slice(0, 10).replaceAll('-', '/');

/**
 * A cited work as one `citation_reference` value: `key=value` pairs joined by "; " (the form Google
 * Scholar documents). Semicolons inside values would split them, so they become commas.
 */
export function citationReference(ref: ReferenceData): string {
  const clean = (value: string) => value.replaceAll(';', ',');
  const pairs: string[] = [`citation_title=${clean(ref.title)}`];
  for (const author of ref.author) pairs.push(`citation_author=${clean(invertedName(author))}`);
  const journalish = ref.type === 'article-journal' ? 'citation_journal_title' : 'citation_inbook_title';
  if (ref['container-title']) pairs.push(`${journalish}=${clean(ref['container-title'])}`);
  pairs.push(`citation_publication_date=${ref.issued['date-parts'][0][0]}`);
  if (ref.volume) pairs.push(`citation_volume=${clean(ref.volume)}`);
  if (ref.issue) pairs.push(`citation_issue=${clean(ref.issue)}`);
  const [first, last] = (ref.page ?? '').split('-');
  if (first) pairs.push(`citation_firstpage=${first}`);
  if (last) pairs.push(`citation_lastpage=${last}`);
  if (ref.DOI) pairs.push(`citation_doi=${ref.DOI}`);
  if (ref.URL) pairs.push(`citation_public_url=${ref.URL}`);
  return pairs.join('; ');
}

export function pieceMetaTags({ piece, orcid, references }: PieceMetadataInput): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: piece.title }];
  for (const author of piece.authors) {
    // A person as "Family, Given". A group ends in a comma: Zotero then keeps it whole as one name
    // (without it, "Collaboration in Clinical Settings Project" becomes first name "Collaboration in
    // Clinical Settings", last name "Project").
    tags.push({
      name: 'citation_author',
      content: author.person ? invertedName(splitPersonName(author.name)) : `${author.name},`,
    });
    if (orcid && author.person) tags.push({ name: 'citation_author_orcid', content: `https://orcid.org/${orcid}` });
  }
  // The work's own date only: with none, Zotero would take the next date it finds (the online date,
  // Open Graph's published time, the first <time datetime> in the page) as the work's.
  if (piece.issued?.length) {
    tags.push(
      { name: 'citation_publication_date', content: slashParts(piece.issued) },
      { name: 'citation_online_date', content: slashDate(piece.added) },
    );
  }
  tags.push(
    { name: 'citation_abstract', content: piece.summary },
    { name: 'citation_language', content: piece.language },
    { name: 'citation_fulltext_html_url', content: piece.url },
  );
  if (piece.keywords.length) tags.push({ name: 'citation_keywords', content: piece.keywords.join('; ') });
  for (const { data } of references) tags.push({ name: 'citation_reference', content: citationReference(data) });
  tags.push({ name: 'DC.type', content: 'Text' });
  if (piece.kind === 'essay') {
    // A space clears the Type field that DC.type fills: a blog post needs no genre in a bibliography.
    tags.push({ name: 'z.itemType', content: 'blogPost' }, { name: 'z.websiteType', content: ' ' });
  } else {
    tags.push({ name: 'z.itemType', content: 'presentation' }, { name: 'z.presentationType', content: 'Poster' });
    const { venue, place } = piece.firstPublished ?? {};
    if (venue) tags.push({ name: 'z.meetingName', content: venue });
    if (place) tags.push({ name: 'z.place', content: place });
  }
  tags.push(
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: piece.title },
    { property: 'og:description', content: piece.summary },
    { property: 'og:url', content: piece.url },
    { property: 'og:site_name', content: piece.siteName },
    { property: 'og:locale', content: piece.language.replace('-', '_') },
  );
  if (piece.issued?.length) tags.push({ property: 'article:published_time', content: isoParts(piece.issued) });
  if (piece.updated) tags.push({ property: 'article:modified_time', content: isoDay(piece.updated) });
  for (const tag of piece.keywords) tags.push({ property: 'article:tag', content: tag });
  return tags;
}

/**
 * schema.org for the piece, with its cited works: an essay is a ScholarlyArticle; a poster a
 * CreativeWork of the genre "Poster", with the meeting it was presented at as a PublicationEvent.
 * `datePublished` is the work's own date, left out when it is not known.
 */
export function pieceJsonLd({ piece, orcid, references, licenceUrl }: PieceMetadataInput): Record<string, unknown> {
  const author = piece.authors.map((a) =>
    a.person
      ? {
          '@type': 'Person',
          name: a.name,
          ...(orcid ? { identifier: `https://orcid.org/${orcid}`, sameAs: `https://orcid.org/${orcid}` } : {}),
        }
      : { '@type': 'Organization', name: a.name },
  );
  const first = piece.firstPublished;
  const presented =
    piece.kind === 'poster' && (first?.venue || first?.place)
      ? {
          publication: {
            '@type': 'PublicationEvent',
            ...(first.venue ? { name: first.venue } : {}),
            ...(first.place ? { location: { '@type': 'Place', name: first.place } } : {}),
            ...(first.date ? { startDate: isoParts(first.date) } : {}),
          },
        }
      : {};
  const earlier =
    piece.kind === 'essay' && first && (first.venue || first.url)
      ? {
          isBasedOn: {
            '@type': 'CreativeWork',
            ...(first.venue ? { publisher: { '@type': 'Organization', name: first.venue } } : {}),
            ...(first.url ? { url: first.url } : {}),
          },
        }
      : {};
  return {
    '@context': 'https://schema.org',
    '@type': piece.kind === 'essay' ? 'ScholarlyArticle' : 'CreativeWork',
    '@id': piece.url,
    url: piece.url,
    mainEntityOfPage: piece.url,
    headline: piece.title,
    name: piece.title,
    abstract: piece.summary,
    description: piece.summary,
    genre: piece.kind === 'essay' ? 'Reflective essay' : 'Poster',
    ...(author.length ? { author } : {}),
    ...(piece.issued?.length ? { datePublished: isoParts(piece.issued) } : {}),
    dateModified: isoDay(piece.updated ?? piece.added),
    ...presented,
    ...earlier,
    inLanguage: piece.language,
    keywords: piece.keywords,
    license: licenceUrl,
    isPartOf: { '@type': 'WebSite', name: piece.siteName, url: new URL(homeHref, piece.url).href },
    publisher: { '@type': 'Organization', name: piece.siteName },
    citation: references.map(({ data }) => citedWork(data)),
  };
}

function citedWork(ref: ReferenceData): Record<string, unknown> {
  const work: Record<string, unknown> = {
    '@type': ref.type === 'article-journal' ? 'ScholarlyArticle' : ref.type === 'book' ? 'Book' : 'CreativeWork',
    name: ref.title,
    author: ref.author.map((a) =>
      'literal' in a
        ? { '@type': 'Organization', name: a.literal }
        : { '@type': 'Person', familyName: a.family, givenName: a.given, name: `${a.given} ${a.family}` },
    ),
    datePublished: String(ref.issued['date-parts'][0][0]),
  };
  if (ref['container-title'])
    work.isPartOf = {
      '@type': ref.type === 'article-journal' ? 'Periodical' : 'CreativeWork',
      name: ref['container-title'],
    };
  if (ref.page) work.pagination = ref.page;
  if (ref.DOI) {
    work.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: ref.DOI };
    work.sameAs = doiUrl(ref.DOI);
  } else if (ref.URL) work.url = ref.URL;
  return work;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export const serialiseJsonLd = (data: unknown) => JSON.stringify(data).replaceAll('<', '\\u003c');
