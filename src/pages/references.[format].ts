/** The whole bibliography of the library: /references.bib, /references.ris, /references.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat, exportItems } from '../lib/citations/exports.ts';
import { getAllReferenceItems } from '../lib/routes/rendered-references.ts';

export const getStaticPaths = (() =>
  EXPORT_FORMAT_IDS.map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const format = params.format as ExportFormat;
  return new Response(exportItems(format, await getAllReferenceItems()), {
    headers: { 'content-type': EXPORT_FORMATS[format].type },
  });
};
