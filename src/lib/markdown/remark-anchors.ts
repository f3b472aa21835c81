/**
 * Remark plugin: give every heading and paragraph of a piece a stable id (see anchors.ts), never one
 * the layout uses, and a link to itself (¶ after a paragraph, # after a heading), so a reader can link
 * to one paragraph. The link works without JavaScript; public/scripts/copy-link.js also copies the
 * address. It runs after the site-link and typography plugins and before the citation and glossary
 * plugins (REMARK_PLUGINS in pipeline.ts), so ids come from the typeset text, before citation numbers
 * and glossary marks are added to it.
 *
 * Keyboard (issue 17: the first citation took 21 Tab presses, one per paragraph's ¶): a heading's #
 * link is a tab stop, so a keyboard user reaches a copyable link to every section in a few presses.
 * The paragraphs' ¶ links are one tab stop together, as a toolbar's buttons are: only the first is
 * in the tab order (the others have tabindex="-1"), and once public/scripts/copy-link.js has loaded, the
 * arrow keys move from one ¶ to the next (a roving tab stop, which stays on the last one used).
 * Each stays a link in the page, which a pointer reaches on hover and a screen reader in its list of
 * links. global.css shows the marks only on hover or focus where the device can hover, and always on
 * a touch screen, which cannot.
 */
import type { PhrasingContent, Root } from 'mdast';
import { findAnchors } from './anchors.ts';

export function remarkAnchors() {
  return (tree: Root) => {
    let paragraphs = 0;
    for (const anchor of findAnchors(tree)) {
      const { node, id } = anchor;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      if (!anchor.linked) continue;
      const label =
        anchor.kind === 'paragraph' ? `Link to paragraph ${++paragraphs}` : `Link to section: ${anchor.text}`;
      const link: PhrasingContent = {
        type: 'link',
        url: `#${id}`,
        data: {
          hProperties:
            anchor.kind === 'paragraph'
              ? {
                  className: ['anchor-link', 'paragraph-link'],
                  'aria-label': label,
                  ...(paragraphs > 1 ? { tabIndex: -1 } : {}),
                }
              : { className: ['anchor-link'], 'aria-label': label },
        },
        children: [{ type: 'text', value: anchor.kind === 'paragraph' ? '¶' : '#' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
