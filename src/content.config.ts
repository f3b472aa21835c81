/**
 * The content collections. Schemas live in src/schemas (documented field by field); the content
 * checks in src/integrations/content-checks.ts run the same schemas first, with line numbers.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content/paths.ts';
import { essaySchema } from './schemas/essay.ts';
import { posterSchema } from './schemas/poster.ts';
import { referenceSchema } from './schemas/reference.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { readingListSchema } from './schemas/reading-list.ts';

const root = contentRoot();

const essays = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/essays` }),
  schema: essaySchema,
});

const posters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/posters` }),
  schema: posterSchema,
});

const references = defineCollection({
  // The file name is the citation key, kept exactly (the default id would slugify underscores away).
  loader: glob({
    pattern: '*.yaml',
    base: `${root}/references`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: referenceSchema,
});

const glossary = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${root}/glossary`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: glossarySchema,
});

const readingLists = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${root}/reading-lists`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: readingListSchema,
});

export const collections = { essays, posters, references, glossary, readingLists };
