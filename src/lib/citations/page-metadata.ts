/**
 * Machine-readable metadata for an essay or poster page, so reference managers and indexers cite it
 * correctly: Highwire Press `citation_*` tags (read by Google Scholar and Zotero), `DC.type` (tells
 * Zotero the item type: blogPost for an essay, presentation for a poster), Open Graph tags, and a
 * schema.org ScholarlyArticle in JSON-LD listing the cited works.
 */
import { doiUrl } from '../identifiers.ts';
import type { ReferenceData } from '../../schemas/reference.ts';
import { isoDay } from '../format/dates.ts';
import { type CitablePiece, invertedName, splitPersonName } from './csl-items.ts';

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
    tags.push({ name: 'citation_author', content: author.person ? invertedName(splitPersonName(author.name)) : author.name });
    if (orcid && author.person) tags.push({ name: 'citation_author_orcid', content: `https://orcid.org/${orcid}` });
  }
  tags.push(
    { name: 'citation_publication_date', content: slashDate(piece.published) },
    { name: 'citation_online_date', content: slashDate(piece.published) },
    { name: 'citation_abstract', content: piece.summary },
    { name: 'citation_language', content: piece.language },
    { name: 'citation_fulltext_html_url', content: piece.url },
  );
  if (piece.keywords.length) tags.push({ name: 'citation_keywords', content: piece.keywords.join('; ') });
  for (const { data } of references) tags.push({ name: 'citation_reference', content: citationReference(data) });
  tags.push({ name: 'DC.type', content: piece.kind === 'essay' ? 'blogPost' : 'presentation' });
  tags.push(
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: piece.title },
    { property: 'og:description', content: piece.summary },
    { property: 'og:url', content: piece.url },
    { property: 'og:site_name', content: piece.siteName },
    { property: 'og:locale', content: piece.language.replace('-', '_') },
    { property: 'article:published_time', content: isoDay(piece.published) },
  );
  if (piece.updated) tags.push({ property: 'article:modified_time', content: isoDay(piece.updated) });
  for (const tag of piece.keywords) tags.push({ property: 'article:tag', content: tag });
  return tags;
}

/** schema.org ScholarlyArticle for the piece, with its cited works. */
export function pieceJsonLd({ piece, orcid, references, licenceUrl }: PieceMetadataInput): Record<string, unknown> {
  const author = piece.authors.map((a) =>
    a.person
      ? { '@type': 'Person', name: a.name, ...(orcid ? { identifier: `https://orcid.org/${orcid}`, sameAs: `https://orcid.org/${orcid}` } : {}) }
      : { '@type': 'Organization', name: a.name },
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': piece.url,
    url: piece.url,
    mainEntityOfPage: piece.url,
    headline: piece.title,
    name: piece.title,
    abstract: piece.summary,
    description: piece.summary,
    genre: piece.kind === 'essay' ? 'Reflective essay' : 'Project poster',
    ...(author.length ? { author } : {}),
    datePublished: isoDay(piece.published),
    dateModified: isoDay(piece.updated ?? piece.published),
    inLanguage: piece.language,
    keywords: piece.keywords,
    license: licenceUrl,
    isPartOf: { '@type': 'WebSite', name: piece.siteName, url: new URL('/', piece.url).href },
    publisher: { '@type': 'Organization', name: piece.siteName },
    citation: references.map(({ data }) => citedWork(data)),
  };
}

function citedWork(ref: ReferenceData): Record<string, unknown> {
  const work: Record<string, unknown> = {
    '@type': ref.type === 'article-journal' ? 'ScholarlyArticle' : ref.type === 'book' ? 'Book' : 'CreativeWork',
    name: ref.title,
    author: ref.author.map((a) => ('literal' in a ? { '@type': 'Organization', name: a.literal } : { '@type': 'Person', familyName: a.family, givenName: a.given, name: `${a.given} ${a.family}` })),
    datePublished: String(ref.issued['date-parts'][0][0]),
  };
  if (ref['container-title']) work.isPartOf = { '@type': ref.type === 'article-journal' ? 'Periodical' : 'CreativeWork', name: ref['container-title'] };
  if (ref.page) work.pagination = ref.page;
  if (ref.DOI) {
    work.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: ref.DOI };
    work.sameAs = doiUrl(ref.DOI);
  } else if (ref.URL) work.url = ref.URL;
  return work;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export const serialiseJsonLd = (data: unknown) => JSON.stringify(data).replaceAll('<', '\\u003c');
