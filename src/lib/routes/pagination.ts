/**
 * Long lists (essays, posters, references, a term's pieces) come in pages, so a listing stays small
 * however large the library grows: page 1 at the list's own address, page n at `<list>page/<n>/`.
 * Routes are `[...page].astro` files whose getStaticPaths returns listPaths(...).
 */
import { SITE } from '../../site.ts';

/** One page of a list. */
export interface ListPage<T> {
  /** This page's items. */
  items: T[];
  /** 1-based page number and how many pages there are. */
  number: number;
  count: number;
  /** How many items the whole list holds, and the 1-based positions of this page's first and last. */
  total: number;
  first: number;
  last: number;
  /** Address of every page of the list, page 1 first. */
  hrefs: string[];
}

/** The address of page `number` of the list at `listHref` (which ends in a slash). */
export const pageHref = (listHref: string, number: number) => (number === 1 ? listHref : `${listHref}page/${number}/`);

/** The `[...page]` route parameter of page `number`: none for page 1. */
export const pageParam = (number: number) => (number === 1 ? undefined : `page/${number}`);

/** Split a list into pages of `size` (SITE.pageSize); an empty list still has one (empty) page. */
export function paginateList<T>(items: readonly T[], listHref: string, size: number = SITE.pageSize): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  const hrefs = Array.from({ length: count }, (_, i) => pageHref(listHref, i + 1));
  return hrefs.map((_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    first: Math.min(items.length, i * size + 1),
    last: Math.min(items.length, (i + 1) * size),
    hrefs,
  }));
}

/** getStaticPaths entries for a paginated list: `extra` params (e.g. vocabulary and term) plus `page`. */
export function listPaths<T, P extends Record<string, string>>(
  items: readonly T[],
  listHref: string,
  extra: P = {} as P,
) {
  return paginateList(items, listHref).map((list) => ({
    params: { ...extra, page: pageParam(list.number) },
    props: { list },
  }));
}

/** A list page's title: the list's own for page 1, with "page n of m" after it. */
export const listTitle = (title: string, list: ListPage<unknown>) =>
  list.number === 1 ? title : `${title}, page ${list.number} of ${list.count}`;

/** "Showing 51–100 of 230." for a list of several pages, else nothing. */
export const listRange = (list: ListPage<unknown>) =>
  list.count > 1 ? `Showing ${list.first}–${list.last} of ${list.total}.` : '';
