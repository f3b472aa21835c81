/**
 * Reference files: usable citation keys and DOIs unique across the library (rules `reference/id`,
 * `reference/duplicate-doi`); warnings for a title that looks like Title Case (`reference/title-case`)
 * and a journal article without its abbreviation (`reference/journal-abbreviation`).
 */
import { looksLikeTitleCase } from '../../citations/title-case.ts';
import { locatePath } from '../../content/source-file.ts';
import { normaliseDoi } from '../../identifiers.ts';
import { REFERENCE_ID_PATTERN } from '../../../schemas/reference.ts';
import type { CheckPass } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';

type RawReference =
  | { type?: unknown; title?: unknown; 'container-title'?: unknown; 'container-title-short'?: unknown; DOI?: unknown }
  | undefined;

/** Abbreviations other references give their journals, by journal name (lower case). */
function knownAbbreviations(files: Parameters<CheckPass>[0]): Map<string, string> {
  const known = new Map<string, string>();
  for (const { collection, source } of files) {
    const data = source.data as RawReference;
    if (
      collection === 'references' &&
      typeof data?.['container-title'] === 'string' &&
      typeof data['container-title-short'] === 'string'
    ) {
      known.set(data['container-title'].trim().toLowerCase(), data['container-title-short']);
    }
  }
  return known;
}

export const checkReferences: CheckPass = (files) => {
  const problems: Problem[] = [];
  const seenDois = new Map<string, string>();
  const abbreviations = knownAbbreviations(files);
  for (const { collection, id, source } of files) {
    if (collection !== 'references') continue;
    const data = source.data as RawReference;
    if (typeof data?.title === 'string' && looksLikeTitleCase(data.title)) {
      const { line, column } = locatePath(source, ['title']);
      problems.push(
        problem(
          source.path,
          line,
          column,
          'reference/title-case',
          'the title looks like Title Case; store titles in sentence case, as Zotero and the citation styles expect (a style can raise sentence case to Title Case, never lower it)',
          'capitalise only the first word, the first word after a colon, proper nouns and acronyms',
          'warning',
        ),
      );
    }
    if (data?.type === 'article-journal' && !data['container-title-short']) {
      const journal = typeof data['container-title'] === 'string' ? data['container-title'] : undefined;
      const known = journal ? abbreviations.get(journal.trim().toLowerCase()) : undefined;
      const { line, column } = locatePath(source, journal ? ['container-title'] : ['type']);
      const fix = known
        ? `add container-title-short: ${known} (another reference gives ${journal} that abbreviation)`
        : 'add container-title-short with the NLM abbreviation (the NLM Catalog lists it), e.g. "J Interprof Care"';
      problems.push(
        problem(
          source.path,
          line,
          column,
          'reference/journal-abbreviation',
          'a journal article without container-title-short: AMA and Vancouver will print the full journal name',
          fix,
          'warning',
        ),
      );
    }
    if (!REFERENCE_ID_PATTERN.test(id)) {
      const suggestion = id
        .toLowerCase()
        .replace(/[^a-z0-9_]/g, '_')
        .replace(/^[^a-z]+/, '');
      problems.push(
        problem(
          source.path,
          1,
          1,
          'reference/id',
          `"${id}" is not a usable citation key: use lower-case letters, digits and underscores, starting with a letter`,
          `rename the file, e.g. ${suggestion}.yaml`,
        ),
      );
    }
    const raw = data?.DOI;
    if (typeof raw !== 'string') continue;
    const doi = normaliseDoi(raw);
    const other = seenDois.get(doi.toLowerCase());
    if (other) {
      const { line, column } = locatePath(source, ['DOI']);
      problems.push(
        problem(
          source.path,
          line,
          column,
          'reference/duplicate-doi',
          `DOI ${doi} is already the reference "${other}"`,
          `cite @${other} instead and delete this file`,
        ),
      );
    } else seenDois.set(doi.toLowerCase(), id);
  }
  return problems;
};
