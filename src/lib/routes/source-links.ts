/**
 * Links from a published piece back to its source, for the footer: edit the file on GitHub (which
 * offers a fork and a pull request to anyone), or open an issue about the piece.
 */
import { SITE } from '../../site.ts';

export interface SourceLinks {
  /** GitHub's editor for the file on the main branch. */
  edit: string;
  /** A new issue from the "report a problem with a piece" template, naming the piece. */
  suggest: string;
}

/** `sourcePath` is the file's path in the repository, e.g. content/essays/x.mdx (posix separators). */
export function sourceLinks(sourcePath: string, pageUrl: string): SourceLinks {
  const file = sourcePath.replace(/^\.?\//, '');
  const query = new URLSearchParams({
    template: 'report-a-problem.yml',
    title: `Problem with ${file}`,
    piece: pageUrl,
    source: file,
  });
  return {
    edit: `${SITE.repository}/edit/main/${file.split('/').map(encodeURIComponent).join('/')}`,
    suggest: `${SITE.repository}/issues/new?${query.toString()}`,
  };
}
