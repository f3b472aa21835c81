/**
 * Read the glossary straight from disk, for the remark plugin that marks up abbreviations (it runs
 * outside Astro's content layer; see load-yaml-folder.ts).
 */
import path from 'node:path';
import { type GlossaryData, glossarySchema } from '../../schemas/glossary.ts';
import { loadYamlFolder } from './load-yaml-folder.ts';
import { contentRoot } from './paths.ts';

export function loadGlossary(root: string = contentRoot()): Map<string, GlossaryData> {
  return loadYamlFolder(path.join(root, 'glossary'), glossarySchema);
}

/** Where an entry is on the glossary page. */
export { glossaryHref } from '../routes/hrefs.ts';
