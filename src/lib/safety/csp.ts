/**
 * The site's Content-Security-Policy, for Astro's `security.csp` (astro.config.mjs). Astro adds the
 * hashes of the scripts and styles it bundles; we add the hashes of our own inline scripts and the
 * rest of the policy. It is defence in depth: content is refused before it can become markup (the
 * MDX safety steps), and a scan of the built pages refuses any script the site did not write; this
 * makes a browser refuse to run one even if both were somehow passed.
 *
 * - scripts: the site's own files and inline scripts by hash; no 'unsafe-inline', no 'unsafe-eval'.
 *   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine, and nothing else.
 * - styles: the site's own files and the hashes Astro computes; no inline style attributes.
 * - object-src 'none' (no plugins), base-uri 'none' (no <base> can re-point links), form-action 'self'
 *   (the search form submits to /search/), frame-src 'none' (no embedded sites).
 * A <meta> policy cannot set frame-ancestors; a host that sends headers should add it there.
 */
import { cspHash, INLINE_SCRIPTS } from './inline-scripts.ts';

export const CONTENT_SECURITY_POLICY = {
  algorithm: 'SHA-256' as const,
  directives: [
    "default-src 'self'",
    // Pieces may show pictures from https:// addresses (content rules refuse every other kind).
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: INLINE_SCRIPTS.map(cspHash),
  },
  styleDirective: {
    resources: ["'self'"],
  },
};
