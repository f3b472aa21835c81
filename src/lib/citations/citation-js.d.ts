/**
 * The small part of citation-js 0.8 this project uses (the packages ship no type declarations).
 * Shapes follow the citation-js and citeproc-js documentation.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item. */
  export type CslItem = Record<string, unknown> & { id: string; type?: string };

  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }

  /** A citeproc-js engine (only the methods used here). */
  export interface CiteprocEngine {
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    registry: { getSortedIds(): string[] };
    sys: { retrieveItem(id: string): CslItem | undefined };
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[], nosort?: boolean): string[];
    makeCitationCluster(
      items: Array<{
        id: string;
        locator?: string;
        label?: string;
        'author-only'?: boolean;
        'suppress-author'?: boolean;
      }>,
    ): string;
    makeBibliography(): [{ entry_ids: string[][]; bibstart: string; bibend: string }, string[]] | false;
  }

  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }

  export const plugins: {
    config: {
      get(name: '@csl'): {
        engine(items: CslItem[], style: string, lang: string, format: 'html' | 'text'): CiteprocEngine;
        styles: Register<string>;
        locales: Register<string>;
      };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
