/** Addresses that can run code or smuggle a document into a page. */

/** "javascript:", "data:" or "vbscript:" when an address uses one (ignoring case and the characters browsers ignore). */
export function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what this strips (a browser ignores them in a URL)
  const normalised = url.replace(/[\u0000-\u0020\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g, '').toLowerCase();
  return /^(javascript|data|vbscript):/.exec(normalised)?.[0];
}

/**
 * True when the MDX compiler would turn an image address into an `import` of a file from the
 * repository: Astro imports every image address that is not a URL and does not start with "/" (its
 * remark-collect-images step). Content must never make the build load a module.
 */
export function isLocalImport(url: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return false;
  }
  return decoded !== '' && !URL.canParse(decoded) && !decoded.startsWith('/');
}

/** Attributes whose value is an address a browser may load or follow. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'xlink:href',
  'background',
  'cite',
  'ping',
  'manifest',
  'codebase',
  'longdesc',
  'usemap',
  'itemtype',
  'profile',
]);
