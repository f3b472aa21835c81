/**
 * The library's cited works as the writing page's citation picker and checks need them
 * (src/lib/write/page-data.ts). A file of its own, fetched by the page, rather than an attribute of it:
 * at 10,000 works the list is megabytes, which no page should carry in its HTML.
 */
import type { APIRoute } from 'astro';
import { pageReferences } from '../../lib/write/page-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(pageReferences()), { headers: { 'content-type': 'application/json' } });
