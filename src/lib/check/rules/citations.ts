/**
 * Citations: every key names a reference ("did you mean"), every locator has a label Pandoc knows, and
 * unused references are reported (rules `citation/unknown-key`, `citation/locator`, `reference/unused`).
 */
import { LOCATOR_WORDS, parseLocator } from '../../citations/locators.ts';
import { COLLECTION_FOLDERS } from '../../content/paths.ts';
import type { CheckPass } from '../checked-file.ts';
import { nearest } from '../nearest.ts';
import { type Problem, problem } from '../problem.ts';

export const checkCitations: CheckPass = (files) => {
  const problems: Problem[] = [];
  const keys = new Set(files.filter((f) => f.collection === 'references').map((f) => f.id));
  const cited = new Set<string>();
  for (const file of files) {
    // remarkCitations records each citation as written before it turns it into links.
    for (const citation of file.tree?.data?.citations ?? []) {
      for (const { key, locator } of citation.items) {
        cited.add(key);
        if (locator !== undefined && !parseLocator(locator))
          problems.push(
            problem(
              file.source.path,
              citation.line,
              citation.column,
              'citation/locator',
              `"${locator}" in the citation of @${key} is not a locator: start it with a page number or a label such as ${LOCATOR_WORDS.join(' ')}`,
              `write e.g. [@${key}, p. 5] or [@${key}, chap. 3]`,
            ),
          );
        if (keys.has(key)) continue;
        const suggestions = nearest(key, keys);
        const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `@${s}`).join(', ')}?` : '';
        problems.push(
          problem(
            file.source.path,
            citation.line,
            citation.column,
            'citation/unknown-key',
            `no reference has the key "@${key}"${hint}`,
            `add content/references/${key}.yaml or correct the key`,
          ),
        );
      }
    }
  }
  // Whether a reference is unused can only be known when every piece could be read.
  const everyBodyRead = files.every((f) => COLLECTION_FOLDERS[f.collection].extension !== '.mdx' || f.tree);
  for (const file of everyBodyRead ? files : []) {
    if (file.collection === 'references' && !cited.has(file.id))
      problems.push(
        problem(
          file.source.path,
          1,
          1,
          'reference/unused',
          `no essay or poster cites "@${file.id}"`,
          'cite it with [@key] or delete the file',
          'warning',
        ),
      );
  }
  return problems;
};
