/**
 * A piece's citation numbering, as its compile made it (src/lib/markdown/remark-citations.ts): read from
 * the remark front matter the content layer returns with the compiled piece, so a page never parses a
 * body to number its citations. render() loads the piece's compiled module (compiling it first when the
 * dev server has not yet, or after an edit), which is what the piece's own page loads anyway.
 */
import { render } from 'astro:content';
import { type NumberedCitations, readNumberingRecord } from '../citations/number-citations.ts';
import type { Essay, Poster } from './collections.ts';

export async function getCitationNumbers(entry: Essay | Poster): Promise<NumberedCitations> {
  const { remarkPluginFrontmatter } = await render(entry);
  return readNumberingRecord(remarkPluginFrontmatter, entry.filePath);
}
