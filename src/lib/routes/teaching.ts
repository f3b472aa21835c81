/** Teaching notes: the "For educators" section of a piece and its printable page. */
import type { z } from 'astro/zod';
import type { teachingSchema } from '../../schemas/educators.ts';
import { getEssays, getPosters } from './collections.ts';
import { teachingHref } from './hrefs.ts';
import { essayCard, type PieceCard, posterCard } from './pieces.ts';

export type TeachingNotes = z.infer<typeof teachingSchema>;
export type PieceKind = 'essays' | 'posters';

export { teachingHref };

export interface TeachingPage {
  kind: PieceKind;
  id: string;
  href: string;
  piece: PieceCard;
  notes: TeachingNotes;
}

/** Every published piece that has teaching notes, newest first. */
export async function getTeachingPages(): Promise<TeachingPage[]> {
  const [essays, posters] = await Promise.all([getEssays(), getPosters()]);
  const pages: TeachingPage[] = [];
  for (const essay of essays)
    if (essay.data.teaching)
      pages.push({
        kind: 'essays',
        id: essay.id,
        href: teachingHref('essays', essay.id),
        piece: essayCard(essay),
        notes: essay.data.teaching,
      });
  for (const poster of posters)
    if (poster.data.teaching)
      pages.push({
        kind: 'posters',
        id: poster.id,
        href: teachingHref('posters', poster.id),
        piece: posterCard(poster),
        notes: poster.data.teaching,
      });
  return pages.sort(
    (a, b) => b.piece.date.getTime() - a.piece.date.getTime() || a.piece.title.localeCompare(b.piece.title),
  );
}
