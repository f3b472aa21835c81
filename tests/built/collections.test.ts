/** Every collection has content and every entry has its page (Astro only warns about either). */
import { describe, expect, it } from 'vitest';
import { builtPages, contentIds, listPages } from '../helpers/site.ts';

const pages = new Set(builtPages());

describe.each([
  ['essays', '.mdx'],
  ['posters', '.mdx'],
  ['references', '.yaml'],
] as const)('the %s collection', (folder, extension) => {
  const ids = contentIds(folder, extension);

  it('is not empty', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it('has a page for every published entry and none for anything else', () => {
    const built = [...pages]
      .filter((p) => p.startsWith(`/${folder}/`) && p !== `/${folder}/` && !p.startsWith(`/${folder}/page/`))
      .sort();
    expect(built).toEqual(ids.map((id) => `/${folder}/${id}/`));
  });

  it('lists every entry on the pages of its index', () => {
    const links = new Set(
      listPages(`/${folder}/`).flatMap((root) => root.querySelectorAll('main a').map((a) => a.getAttribute('href'))),
    );
    for (const id of ids) expect(links, `/${folder}/ links to ${id}`).toContain(`/${folder}/${id}/`);
  });
});

it('builds the fixed pages', () => {
  for (const fixed of ['/', '/about/', '/404.html', '/essays/', '/posters/', '/references/'])
    expect(pages).toContain(fixed);
});
