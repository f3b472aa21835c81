// @ts-check
/**
 * Prettier: one style for the code (`npm run format` writes it, `npm run format:check` and
 * `npm run check` refuse anything else). .prettierignore lists what it must never touch: contributors'
 * content, test fixtures whose exact bytes are test inputs, and the prose in Markdown.
 *
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [
    {
      files: '*.astro',
      options: {
        parser: 'astro',
        // Whitespace between inline elements is text in an Astro template: 'css' (Prettier's default)
        // keeps every space that separates a word from a link or tag, and adds none (the built-site
        // tests scan every page for words running into links; a diff of dist/ before and after
        // formatting showed no change in any page's text).
        htmlWhitespaceSensitivity: 'css',
      },
    },
  ],
};
