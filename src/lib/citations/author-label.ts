/**
 * The short author label printed for an author-in-text citation, as AMA writes it in running text:
 * "Busari et al" (no full stop in AMA style), "Smith and Jones", "Smith".
 */
export interface NamedAuthor {
  family?: string;
  literal?: string;
}

export function authorLabel(authors: readonly NamedAuthor[]): string {
  const names = authors.map((a) => a.family ?? a.literal ?? '');
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al`;
}
