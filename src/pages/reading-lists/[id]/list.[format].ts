/** A reading list as a file for reference managers: list.bib, list.ris, list.json (its pieces, then the works they cite). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat, exportItems } from '../../../lib/citations/exports.ts';
import { getReadingLists } from '../../../lib/routes/reading-lists.ts';

export const getStaticPaths = (async () =>
  (await getReadingLists()).flatMap((list) =>
    EXPORT_FORMAT_IDS.map((format) => ({ params: { id: list.id, format }, props: { list, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const format: ExportFormat = props.format;
  return new Response(exportItems(format, props.list.cslItems), {
    headers: { 'content-type': EXPORT_FORMATS[format].type },
  });
};
