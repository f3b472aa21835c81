// @ts-check
/**
 * ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for every script, and
 * eslint-plugin-astro's for the templates. `npm run lint` runs it; `npm run check` and CI fail on any
 * error. Formatting is Prettier's job (prettier.config.mjs), so no rule here is about layout.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      '.tmp/',
      'coverage/',
      'test-results/',
      'node_modules/',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a name the code must write but does not use: a parameter before one
      // it needs, or a property taken out of an object by destructuring so the rest can be kept.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Plain ES modules the browser loads as they are (public/scripts) and the templates' client scripts.
    files: ['public/**/*.js', '**/*.astro', '**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
