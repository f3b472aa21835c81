/**
 * Placeholders: `npm run new` writes a piece whose every gap starts with "TODO", so a scaffold fails
 * the check until the writer has replaced them all (rule `content/placeholder`).
 */
import type { CheckedFile, CheckPass } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';
import { bodyTexts, frontmatterStrings, type SearchableText } from '../prose.ts';

const PLACEHOLDER = /\bTODO\b[^\n"]*/g;

export const checkPlaceholders: CheckPass = (files) => files.flatMap(checkOne);

function checkOne(file: CheckedFile): Problem[] {
  if (file.collection === 'references') return [];
  const texts: SearchableText[] = [
    ...frontmatterStrings(file),
    ...bodyTexts(file).filter((text) => text.kind !== 'address'),
  ];
  const problems: Problem[] = [];
  for (const text of texts) {
    for (const match of text.value.matchAll(PLACEHOLDER)) {
      const { line, column } = text.locate(match.index);
      const quoted = shorten(match[0].trim());
      problems.push(
        problem(
          file.source.path,
          line,
          column,
          'content/placeholder',
          `"${quoted}" is a placeholder from the template`,
          'replace it with your own words',
        ),
      );
    }
  }
  return problems;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
