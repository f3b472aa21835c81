/**
 * Where content lives. `IPL_CONTENT_DIR` points the whole site at another content folder (the
 * benchmark's synthetic library, a test fixture); relative paths resolve from the project root.
 */
import path from 'node:path';

export const COLLECTION_FOLDERS = {
  essays: { folder: 'essays', extension: '.mdx' },
  posters: { folder: 'posters', extension: '.mdx' },
  references: { folder: 'references', extension: '.yaml' },
  glossary: { folder: 'glossary', extension: '.yaml' },
  readingLists: { folder: 'reading-lists', extension: '.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTION_FOLDERS;

/**
 * The project root. astro.config.mjs sets IPL_PROJECT_ROOT from its own location, so builds started
 * from another folder (`astro build --root`, `npm --prefix`) still find the content and CSL files;
 * scripts run from the root through npm, where the working directory is the root.
 */
export function projectRoot(): string {
  return process.env.IPL_PROJECT_ROOT ?? process.cwd();
}

export function contentRoot(root: string = projectRoot()): string {
  return path.resolve(root, process.env.IPL_CONTENT_DIR ?? 'content');
}

/** The content folder a piece belongs to (its collection folder's parent): plugins read references and the glossary from there. */
export function contentRootOf(file: string): string {
  return path.dirname(path.dirname(file));
}
