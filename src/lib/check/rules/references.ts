/** Reference files: usable citation keys and DOIs unique across the library (rules `reference/id`, `reference/duplicate-doi`). */
import { locatePath } from '../../content/source-file.ts';
import { normaliseDoi } from '../../identifiers.ts';
import { REFERENCE_ID_PATTERN } from '../../../schemas/reference.ts';
import type { CheckPass } from '../checked-file.ts';
import { type Problem, problem } from '../problem.ts';

export const checkReferences: CheckPass = (files) => {
  const problems: Problem[] = [];
  const seenDois = new Map<string, string>();
  for (const { collection, id, source } of files) {
    if (collection !== 'references') continue;
    if (!REFERENCE_ID_PATTERN.test(id)) {
      const suggestion = id.toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/^[^a-z]+/, '');
      problems.push(problem(source.path, 1, 1, 'reference/id', `"${id}" is not a usable citation key: use lower-case letters, digits and underscores, starting with a letter`, `rename the file, e.g. ${suggestion}.yaml`));
    }
    const raw = (source.data as { DOI?: unknown } | undefined)?.DOI;
    if (typeof raw !== 'string') continue;
    const doi = normaliseDoi(raw);
    const other = seenDois.get(doi.toLowerCase());
    if (other) {
      const { line, column } = locatePath(source, ['DOI']);
      problems.push(problem(source.path, line, column, 'reference/duplicate-doi', `DOI ${doi} is already the reference "${other}"`, `cite @${other} instead and delete this file`));
    } else seenDois.set(doi.toLowerCase(), id);
  }
  return problems;
};
