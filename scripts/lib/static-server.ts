/**
 * A tiny static file server for the built site, as a good static host would serve it: 404.html for
 * misses, gzip for text, long-lived caching for Astro's hashed assets.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, path.join(clean, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(root, candidate);
    if (!file.startsWith(root)) return undefined;
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return undefined;
}

/**
 * Serve `root` on a free localhost port; resolves to the server and its base URL. With `base` (e.g.
 * "/ipl/"), the files are served only under that path, as GitHub Pages serves a project site, and
 * everything outside it is a 404; the base URL then ends with the base.
 */
export function serveStatic(
  root: string,
  { base = '/' }: { base?: string } = {},
): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const inside = base === '/' ? url : url.startsWith(base) ? `/${url.slice(base.length)}` : undefined;
    const file = inside === undefined ? undefined : resolveFile(root, inside);
    const status = file ? 200 : 404;
    const served = file ?? path.join(root, '404.html');
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (served.includes(`${path.sep}_astro${path.sep}`))
      headers['cache-control'] = 'public, max-age=31536000, immutable';
    const compress =
      /text|json|xml|javascript|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (compress) headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    const body = createReadStream(served);
    (compress ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}${base === '/' ? '' : base}` });
    });
  });
}
