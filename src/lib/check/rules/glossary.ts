/**
 * Glossary entries: usable ids (`glossary/id`), one entry per term (`glossary/duplicate-term`),
 * related entries that exist (`glossary/unknown-entry`, with the nearest ids), and plain text in the
 * term, expansion and definition (`glossary/markup`: no tag or character reference, which the pages
 * would show as written and a search excerpt would read as HTML). Identifying details in an entry are
 * the confidentiality rules' (src/lib/check/rules/confidentiality.ts reads every text value).
 */
import { locatePath, type SourceFile } from '../../content/source-file.ts';
import { findMarkup } from '../../safety/plain-text.ts';
import { GLOSSARY_ID_PATTERN } from '../../../schemas/glossary.ts';
import type { CheckPass } from '../checked-file.ts';
import { nearest } from '../nearest.ts';
import { type Problem, problem } from '../problem.ts';

export const checkGlossary: CheckPass = (files) => {
  const problems: Problem[] = [];
  const entries = files.filter((f) => f.collection === 'glossary');
  const ids = new Set(entries.map((f) => f.id));
  const terms = new Map<string, string>();
  for (const { id, source } of entries) {
    if (!GLOSSARY_ID_PATTERN.test(id)) {
      const suggestion = id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push(
        problem(
          source.path,
          1,
          1,
          'glossary/id',
          `"${id}" is not a usable entry id: use lower-case words joined by hyphens`,
          `rename the file, e.g. ${suggestion}.yaml`,
        ),
      );
    }
    const data = (source.data ?? {}) as {
      term?: unknown;
      expansion?: unknown;
      definition?: unknown;
      related?: unknown;
    };
    for (const field of PLAIN_FIELDS) {
      const value = data[field];
      const markup = typeof value === 'string' ? findMarkup(value) : undefined;
      if (!markup) continue;
      const { line, column } = locateText(source, markup.found) ?? locatePath(source, [field]);
      problems.push(
        problem(
          source.path,
          line,
          column,
          'glossary/markup',
          `the ${field} holds markup ("${markup.found}"): a glossary entry is plain text, shown as written on the glossary page and in search`,
          'write it in plain words, with no tags and no "&…;" codes',
        ),
      );
    }
    if (typeof data.term === 'string') {
      const key = data.term.trim().toLowerCase();
      const other = terms.get(key);
      if (other) {
        const { line, column } = locatePath(source, ['term']);
        problems.push(
          problem(
            source.path,
            line,
            column,
            'glossary/duplicate-term',
            `"${data.term}" is already defined in ${other}.yaml`,
            'merge the two entries into one',
          ),
        );
      } else terms.set(key, id);
    }
    if (!Array.isArray(data.related)) continue;
    data.related.forEach((related: unknown, i) => {
      if (typeof related !== 'string' || ids.has(related)) return;
      const { line, column } = locatePath(source, ['related', i]);
      const suggestions = nearest(related, ids);
      const hint = suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
      problems.push(
        problem(
          source.path,
          line,
          column,
          'glossary/unknown-entry',
          `no glossary entry "${related}"${hint}`,
          `add content/glossary/${related}.yaml or correct the id`,
        ),
      );
    });
  }
  return problems;
};

const PLAIN_FIELDS = ['term', 'expansion', 'definition'] as const;

/** Where a piece of text is first written in the file (undefined when YAML escapes changed it). */
function locateText(source: SourceFile, text: string): { line: number; column: number } | undefined {
  const offset = source.yamlText.indexOf(text);
  return offset < 0 ? undefined : source.locate(offset);
}
