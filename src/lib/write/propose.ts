/**
 * "Open a pull request on GitHub": the address of GitHub's new-file page for the piece, in the
 * library's repository and branch (src/site.ts, overridable by IPL_REPOSITORY and IPL_BRANCH).
 * GitHub fills in the file name from `filename` (a path is allowed) and the text from `value`; for
 * someone without write access it forks the repository first and offers "Propose new file", then a
 * pull request.
 *
 * The whole file travels in the address, and addresses have limits that are not GitHub's to choose:
 * many servers and proxies refuse a request line over 8 KB (HTTP 414), and browsers cut what they
 * show. Above URL_LIMIT characters the page falls back to: the new-file page with only the file name,
 * the text copied to the clipboard, and a download of the file.
 */

/** The longest address the page opens with the file filled in (characters). See the module comment. */
export const URL_LIMIT = 8000;

export interface Repository {
  /** https://github.com/<owner>/<repo> */
  url: string;
  branch: string;
}

export type Proposal =
  | { kind: 'prefilled'; url: string; length: number }
  | { kind: 'fallback'; url: string; length: number; reason: string };

/** owner and repo from a GitHub address; throws for anything else, so a wrong setting fails the build. */
export function parseRepository(url: string): { owner: string; repo: string } {
  const match = /^https:\/\/github\.com\/([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match?.[1] || !match[2])
    throw new Error(`"${url}" is not a GitHub repository address (https://github.com/<owner>/<repo>)`);
  return { owner: match[1], repo: match[2] };
}

/** GitHub's new-file page for `filePath`, with the text when given. */
export function newFileUrl(repository: Repository, filePath: string, text?: string): string {
  const { owner, repo } = parseRepository(repository.url);
  const branch = repository.branch.split('/').map(encodeURIComponent).join('/');
  const query = `filename=${encodeURIComponent(filePath)}${text === undefined ? '' : `&value=${encodeURIComponent(text)}`}`;
  return `https://github.com/${owner}/${repo}/new/${branch}?${query}`;
}

/** The address to open for a file: prefilled when it fits in URL_LIMIT, otherwise the fallback. */
export function proposeFile(repository: Repository, filePath: string, text: string, limit = URL_LIMIT): Proposal {
  const full = newFileUrl(repository, filePath, text);
  if (full.length <= limit) return { kind: 'prefilled', url: full, length: full.length };
  return {
    kind: 'fallback',
    url: newFileUrl(repository, filePath),
    length: full.length,
    reason: `the file is too long to send in a web address (${full.length} characters; the limit is ${limit})`,
  };
}
