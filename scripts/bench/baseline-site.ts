/**
 * A bare Astro blog over the benchmark's essays, for `npm run bench -- --baseline md|mdx`: the essays
 * copied as Markdown (or MDX) posts into one collection with no schema, a page per post and an index
 * listing them all; no citations, checks, taxonomy or search. It has the shape of the Astro blog
 * example that PERFORMANCE.md (in ../shared/design/, beside this repository) measured, built on this
 * machine in the same sitting, so our figures can be set beside a reference taken under the same
 * conditions.
 */
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Write the bare site into `root` (which holds the synthetic `content/`); returns `root`. */
export function writeBaselineSite(root: string, projectRoot: string, format: 'md' | 'mdx'): string {
  const posts = path.join(root, 'posts');
  mkdirSync(posts, { recursive: true });
  for (const name of readdirSync(path.join(root, 'content/essays'))) {
    copyFileSync(path.join(root, 'content/essays', name), path.join(posts, name.replace(/\.mdx$/, `.${format}`)));
  }
  const file = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  };
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  file('package.json', '{ "type": "module", "private": true }\n');
  file(
    'astro.config.mjs',
    `import mdx from '@astrojs/mdx';
// Its own cache folder: node_modules is the project's (a link), and so would be Astro's cache.
export default { site: 'https://example.org', integrations: [mdx()], cacheDir: './.astro-cache' };
`,
  );
  file(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { blog: defineCollection({ loader: glob({ base: ${JSON.stringify(posts)}, pattern: '*.{md,mdx}' }) }) };
`,
  );
  const layout = (title: string, body: string) =>
    `<html lang="en"><head><meta charset="utf-8" /><title>${title}</title></head><body><main>${body}</main></body></html>`;
  file(
    'src/pages/index.astro',
    `---
import { getCollection } from 'astro:content';
const posts = await getCollection('blog');
---
${layout('Blog', '<ul>{posts.map((post) => <li><a href={`/blog/${post.id}/`}>{post.data.title}</a></li>)}</ul>')}
`,
  );
  file(
    'src/pages/blog/[...slug].astro',
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('blog')).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
${layout('{post.data.title}', '<article><h1>{post.data.title}</h1><Content /></article>')}
`,
  );
  return root;
}
