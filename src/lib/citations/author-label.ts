/**
 * The short author label printed before a number in a narrative citation: "Busari et al" (AMA writes
 * "et al" without a full stop; NLM writes "et al."), "Smith and Jones", "Smith".
 */
export interface NamedAuthor {
  family?: string;
  literal?: string;
}

export function authorLabel(authors: readonly NamedAuthor[], { etAl = 'et al' }: { etAl?: string } = {}): string {
  const names = authors.map((a) => a.family ?? a.literal ?? '');
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} ${etAl}`;
}
