/**
 * A plain, AMA-shaped rendering of a reference ("Busari JO, Moll FM, Duits AJ. Title. J Multidiscip
 * Healthc. 2017;10:227-234. doi:..."), used until the full citation-style engine takes over.
 */
import type { ReferenceData } from '../../schemas/reference.ts';

function initials(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => part.split('-').map((p) => p.charAt(0).toUpperCase()).join(''))
    .join('');
}

export function formatAuthors(authors: ReferenceData['author']): string {
  const names = authors.map((a) => ('literal' in a ? a.literal : `${a.family} ${initials(a.given)}`));
  return names.length > 6 ? `${names.slice(0, 3).join(', ')}, et al` : names.join(', ');
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

export function formatReferenceText(ref: ReferenceData): string {
  const year = ref.issued['date-parts'][0][0];
  const title = /[.?!]$/.test(ref.title) ? ref.title : `${ref.title}.`;
  const container = ref['container-title-short'] ?? ref['container-title'];
  let source = container ? `${container}. ${year}` : `${year}`;
  if (ref.volume) source += `;${ref.volume}`;
  if (ref.issue) source += `(${ref.issue})`;
  if (ref.page) source += `:${ref.page}`;
  const link = ref.DOI ? ` doi:${ref.DOI}` : ref.URL ? ` ${ref.URL}` : '';
  return `${formatAuthors(ref.author)}. ${title} ${source}.${link}`;
}
