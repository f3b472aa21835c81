/** The published entries of each collection, in their reading order, and the URL of each page. */
import { type CollectionEntry, getCollection } from 'astro:content';

export type Essay = CollectionEntry<'essays'>;
export type Poster = CollectionEntry<'posters'>;
export type Reference = CollectionEntry<'references'>;

/** Drafts are shown by the dev server and never published. */
const published = ({ data }: { data: { draft: boolean } }) => import.meta.env.DEV || !data.draft;

export { essayHref, posterHref, referenceHref } from './hrefs.ts';

const newestFirst = (a: Essay | Poster, b: Essay | Poster) =>
  b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);

export async function getEssays(): Promise<Essay[]> {
  return (await getCollection('essays', published)).sort(newestFirst);
}

export async function getPosters(): Promise<Poster[]> {
  return (await getCollection('posters', published)).sort(newestFirst);
}

let referenceMap: Promise<Map<string, Reference>> | undefined;

/** All references by citation key (loaded once per build). */
export function getReferenceMap(): Promise<Map<string, Reference>> {
  referenceMap ??= getCollection('references').then((list) => new Map(list.map((r) => [r.id, r])));
  return referenceMap;
}
