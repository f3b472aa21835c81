/**
 * Remark plugin: give every heading and paragraph of a piece a stable id (see anchors.ts), never one
 * the layout uses, and a visible link to itself (¶ after a paragraph, # after a heading), so a reader
 * can link to one paragraph. The link works without JavaScript; /scripts/copy-link.js also copies the address.
 * It runs before the other plugins, so ids come from the text as written.
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
      const label = anchor.kind === 'paragraph' ? `Link to paragraph ${++paragraphs}` : `Link to section: ${anchor.text}`;
      const link: PhrasingContent = {
        type: 'link',
        url: `#${id}`,
        data: { hProperties: { className: ['anchor-link'], 'aria-label': label } },
        children: [{ type: 'text', value: anchor.kind === 'paragraph' ? '¶' : '#' }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
