/**
 * Reading lists: every item names a published essay or poster (`reading-list/unknown-piece`, with
 * the nearest ids; `reading-list/draft-piece`), and no piece is listed twice (`reading-list/repeated-piece`).
 */
import { locatePath } from '../../content/source-file.ts';
import type { CheckPass, CheckedFile } from '../checked-file.ts';
import { nearest } from '../nearest.ts';
import { type Problem, problem } from '../problem.ts';

const isDraft = (file: CheckedFile) => (file.source.data as { draft?: unknown } | undefined)?.draft === true;

export const checkReadingLists: CheckPass = (files) => {
  const problems: Problem[] = [];
  const pieces = {
    essay: new Map(files.filter((f) => f.collection === 'essays').map((f) => [f.id, f])),
    poster: new Map(files.filter((f) => f.collection === 'posters').map((f) => [f.id, f])),
  };
  for (const { collection, source } of files) {
    if (collection !== 'readingLists') continue;
    const items = (source.data as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) continue;
    const seen = new Set<string>();
    items.forEach((item: unknown, i) => {
      if (item === null || typeof item !== 'object') return;
      for (const kind of ['essay', 'poster'] as const) {
        const id = (item as Record<string, unknown>)[kind];
        if (typeof id !== 'string') continue;
        const { line, column } = locatePath(source, ['items', i, kind]);
        const piece = pieces[kind].get(id);
        if (!piece) {
          const suggestions = nearest(id, pieces[kind].keys());
          const hint = suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
          problems.push(
            problem(
              source.path,
              line,
              column,
              'reading-list/unknown-piece',
              `no ${kind} "${id}"${hint}`,
              `use the file name of ${kind === 'essay' ? 'an' : 'a'} ${kind} in content/${kind}s, without .mdx`,
            ),
          );
        } else if (isDraft(piece)) {
          problems.push(
            problem(
              source.path,
              line,
              column,
              'reading-list/draft-piece',
              `the ${kind} "${id}" is a draft, so it has no page to link to`,
              'publish it first, or leave it off the list',
            ),
          );
        }
        if (seen.has(`${kind}:${id}`))
          problems.push(
            problem(
              source.path,
              line,
              column,
              'reading-list/repeated-piece',
              `the ${kind} "${id}" is already on this list`,
              'list each piece once',
            ),
          );
        seen.add(`${kind}:${id}`);
      }
    });
  }
  return problems;
};
