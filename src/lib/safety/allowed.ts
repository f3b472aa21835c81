/**
 * What an essay or poster may use besides Markdown: the site's own MDX components and a few inline
 * HTML elements, each with the props it takes. This is the allow-list the MDX safety check
 * (src/lib/safety/mdast-safety.ts, inside the MDX compiler) enforces; src/components/mdx/index.ts provides the components
 * themselves, and its type makes sure the two lists name the same components.
 *
 * Props are literal values only: text in quotes, or a number or true/false in braces.
 */

/** The kind of literal a prop takes: text, a number, true/false, or one of a fixed set of words. */
export type PropType = 'string' | 'number' | 'boolean' | readonly string[];

export interface PropSpec {
  type: PropType;
  required?: boolean;
  /** What the prop is for, shown in docs and error messages. */
  description: string;
}

export interface AllowedElement {
  /** What it is for, in a sentence. */
  description: string;
  props: Readonly<Record<string, PropSpec>>;
}

/** The site's own components, available in every essay and poster without an import. */
export const MDX_COMPONENTS = {
  Aside: {
    description:
      'A note set apart from the flow of the text, e.g. a stage of the reflective model or a practice point.',
    props: {
      title: { type: 'string', description: 'A short heading for the note (default "Note").' },
    },
  },
} as const satisfies Record<string, AllowedElement>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

const lang: PropSpec = { type: 'string', description: 'Language of the text, e.g. "fr".' };
const title: PropSpec = { type: 'string', description: 'The expansion or explanation shown on hover.' };

/** Inline HTML elements with no behaviour, for what Markdown cannot say (abbreviations, sub/superscript). */
export const MDX_HTML_ELEMENTS: Readonly<Record<string, AllowedElement>> = {
  abbr: { description: 'An abbreviation with its expansion.', props: { title, lang } },
  br: { description: 'A line break.', props: {} },
  cite: { description: 'The title of a work.', props: { lang } },
  dfn: { description: 'The defining instance of a term.', props: { title, lang } },
  kbd: { description: 'Keyboard input.', props: {} },
  mark: { description: 'Highlighted text.', props: { lang } },
  q: { description: 'A short inline quotation.', props: { lang } },
  small: { description: 'Side comment or small print.', props: { lang } },
  sub: { description: 'Subscript.', props: {} },
  sup: { description: 'Superscript.', props: {} },
};

/** Elements that run code, restyle the site or embed another site: named explicitly in messages. */
export const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'it would run JavaScript in readers’ browsers',
  style: 'it would restyle the whole site',
  iframe: 'it would embed another site (and its tracking) in the page',
  frame: 'it would embed another site in the page',
  object: 'it would embed external content or plugins in the page',
  embed: 'it would embed external content or plugins in the page',
  link: 'it would load external files into the page',
  meta: 'it would change how browsers treat the page',
  base: 'it would change where every link on the page points',
  form: 'it would send readers’ input somewhere',
  svg: 'inline SVG can carry scripts and event handlers',
};

/** HTML elements people reach for that Markdown already writes: the message says how. */
export const MARKDOWN_EQUIVALENTS: Readonly<Record<string, string>> = {
  a: 'write links in Markdown: [link text](https://…)',
  img: 'write images in Markdown: ![what the image shows](https://…)',
  p: 'separate paragraphs with a blank line',
  em: 'write *emphasis*',
  i: 'write *emphasis*',
  strong: 'write **strong emphasis**',
  b: 'write **strong emphasis**',
  h1: 'the title comes from the front matter; start sections with ## Heading',
  h2: 'write ## Heading',
  h3: 'write ### Heading',
  h4: 'write #### Heading',
  ul: 'write a list with - at the start of each line',
  ol: 'write a numbered list with 1. at the start of each line',
  li: 'write a list with - at the start of each line',
  blockquote: 'start each quoted line with >',
  hr: 'write *** on a line of its own',
  code: 'put code in `backticks`',
  pre: 'put code between lines of ```',
  div: 'write the text as plain paragraphs, or put a note in <Aside>',
  span: 'write the text without the <span>',
};
