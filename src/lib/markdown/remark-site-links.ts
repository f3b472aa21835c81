/**
 * Remark plugin: a piece's links and images to the site's own pages and files, written from the
 * site's root as writers see them ("/essays/other-piece/", "/images/team.png"), are moved under the
 * base path the site is published at (`/ipl/essays/other-piece/` on a GitHub Pages project site; see
 * src/lib/routes/hrefs.ts). Addresses with a scheme, protocol-relative ones ("//host/…"), relative
 * ones and fragments ("#p-3") are left as written. It runs first, before the plugins that add links
 * of their own (glossary, citations), which already build them under the base.
 */
import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { SITE_BASE, sitePath } from '../routes/hrefs.ts';

/** A root-relative address on the site: one leading slash, not two (and not "/\", which browsers read as "//"). */
export const isSiteRootAddress = (url: string) => /^\/(?![/\\])/.test(url);

export function remarkSiteLinks() {
  return (tree: Root) => {
    if (SITE_BASE === '/') return;
    visit(tree, ['link', 'image', 'definition'], (node) => {
      const target = node as Link | Image | Definition;
      if (isSiteRootAddress(target.url)) target.url = sitePath(target.url);
    });
  };
}
