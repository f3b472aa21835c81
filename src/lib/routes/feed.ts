/** The RSS feed's items: every published essay and poster, newest first, with its tags as categories. */
import type { RSSFeedItem } from '@astrojs/rss';
import { getAllPieceCards } from './pieces.ts';

export async function getFeedItems(): Promise<RSSFeedItem[]> {
  return (await getAllPieceCards()).map((piece) => ({
    title: piece.title,
    link: piece.href,
    pubDate: piece.date,
    description: piece.summary,
    categories: [...new Set(piece.tags.flatMap((group) => group.terms.map((t) => t.label)))],
  }));
}
