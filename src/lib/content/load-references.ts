/**
 * Read the reference files straight from disk, for build steps that run outside Astro's content
 * layer (the remark citation plugin; see load-yaml-folder.ts).
 */
import path from 'node:path';
import { type ReferenceData, referenceSchema } from '../../schemas/reference.ts';
import { loadYamlFolder } from './load-yaml-folder.ts';
import { contentRoot } from './paths.ts';

export function loadReferences(root: string = contentRoot()): Map<string, ReferenceData> {
  return loadYamlFolder(path.join(root, 'references'), referenceSchema);
}
