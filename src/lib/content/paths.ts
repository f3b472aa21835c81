/**
 * Where content lives. `IPL_CONTENT_DIR` points the whole site at another content folder (the
 * benchmark's synthetic library, a test fixture); relative paths resolve from the project root.
 */
import path from 'node:path';

export const COLLECTION_FOLDERS = {
  essays: { folder: 'essays', extension: '.mdx' },
  posters: { folder: 'posters', extension: '.mdx' },
  references: { folder: 'references', extension: '.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FOLDERS;

export function contentRoot(projectRoot: string = process.cwd()): string {
  return path.resolve(projectRoot, process.env.IPL_CONTENT_DIR ?? 'content');
}
