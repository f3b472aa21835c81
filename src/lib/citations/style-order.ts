/** The citation styles in the order a reader is offered them, and a work's renderings labelled with their style. */
import type { RenderedReference } from './engine.ts';
import { CITATION_STYLE_IDS, CITATION_STYLES, type CitationStyleId } from './styles.ts';
import { SITE } from '../../site.ts';

/** One rendering of a work, labelled with its style. */
export interface StyledText extends RenderedReference {
  style: CitationStyleId;
  /** Short label for a switch, e.g. "AMA". */
  label: string;
  /** Full name, e.g. "AMA 11th edition". */
  name: string;
  /** True for the site's default style. */
  isDefault: boolean;
}

/** Styles in the order a reader is offered them: the site's default first. */
export const STYLE_ORDER: CitationStyleId[] = [
  SITE.citationStyle,
  ...CITATION_STYLE_IDS.filter((s) => s !== SITE.citationStyle),
];

export function styledTexts(renderings: Record<CitationStyleId, RenderedReference> | undefined): StyledText[] {
  if (!renderings) throw new Error('A work was not rendered in every style.');
  return STYLE_ORDER.map((style) => ({
    style,
    ...CITATION_STYLES[style],
    ...renderings[style],
    isDefault: style === SITE.citationStyle,
  }));
}
