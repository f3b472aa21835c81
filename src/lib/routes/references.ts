/** View models for the references index and reference pages, including where each work is cited. */
import { numberCitationsInBody } from '../citations/number-citations.ts';
import { doiUrl, formatReferenceText } from '../format/reference-text.ts';
import { essayHref, getEssays, getPosters, getReferenceMap, posterHref, referenceHref } from './collections.ts';

export interface CitingPiece {
  title: string;
  href: string;
  kind: 'essay' | 'poster';
}

export interface ReferenceView {
  id: string;
  href: string;
  title: string;
  text: string;
  doi?: string;
  year: number;
  citedIn: CitingPiece[];
}

/** Every reference with the published pieces citing it, sorted by first author then year. */
export async function getReferenceViews(): Promise<ReferenceView[]> {
  const [references, essays, posters] = await Promise.all([
    getReferenceMap(),
    getEssays(),
    getPosters(),
  ]);
  const citedIn = new Map<string, CitingPiece[]>();
  const pieces = [
    ...essays.map((e) => ({ entry: e, kind: 'essay' as const, href: essayHref(e.id) })),
    ...posters.map((p) => ({ entry: p, kind: 'poster' as const, href: posterHref(p.id) })),
  ];
  for (const { entry, kind, href } of pieces) {
    for (const key of numberCitationsInBody(entry.body ?? '').order) {
      const list = citedIn.get(key) ?? [];
      list.push({ title: entry.data.title, href, kind });
      citedIn.set(key, list);
    }
  }
  const views = [...references.values()].map((ref): ReferenceView => {
    const view: ReferenceView = {
      id: ref.id,
      href: referenceHref(ref.id),
      title: ref.data.title,
      text: formatReferenceText(ref.data),
      year: ref.data.issued['date-parts'][0][0],
      citedIn: citedIn.get(ref.id) ?? [],
    };
    if (ref.data.DOI) view.doi = doiUrl(ref.data.DOI);
    return view;
  });
  return views.sort((a, b) => a.text.localeCompare(b.text));
}
