/**
 * An educator's reading list (`content/reading-lists/<slug>.yaml`): an ordered set of essays and
 * posters, each with a note on why it is there. The file name is the list's address.
 */
import { z } from 'astro/zod';
import { isoDate, summary, termId, text } from './common.ts';

export const readingListItemSchema = z
  .strictObject({
    /** The id (file name) of an essay in content/essays. */
    essay: termId('the essay id').optional(),
    /** The id (file name) of a poster in content/posters. */
    poster: termId('the poster id').optional(),
    /** Why this piece is on the list and what to look for in it. */
    note: text('a note for this item'),
  })
  .refine((item) => (item.essay === undefined) !== (item.poster === undefined), {
    error: 'each item names exactly one piece: either essay: <id> or poster: <id>',
  });

export const readingListSchema = z.strictObject({
  /** The list's title. */
  title: text('a title'),
  /** One or two sentences on what the list is for. */
  summary,
  /** Who compiled it, e.g. "The library's editors" or an educator's name and role. */
  compiler: text('who compiled the list'),
  /** The date the list was published (YYYY-MM-DD). */
  published: isoDate('published'),
  /** The pieces, in the order to read them. */
  items: z
    .array(readingListItemSchema, { error: 'expected a list of items' })
    .min(1, { error: 'list at least one piece' }),
});

export type ReadingListData = z.infer<typeof readingListSchema>;
