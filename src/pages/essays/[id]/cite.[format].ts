/** An essay's own citation as a file for reference managers: cite.bib, cite.ris, cite.json. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../../../lib/citations/exports.ts';
import { citablePiece, pieceExport } from '../../../lib/routes/piece-citation.ts';
import { getEssays } from '../../../lib/routes/collections.ts';

export const getStaticPaths = (async () =>
  (await getEssays()).flatMap((essay) =>
    EXPORT_FORMAT_IDS.map((format) => ({ params: { id: essay.id, format }, props: { essay, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const format: ExportFormat = props.format;
  return new Response(pieceExport(citablePiece({ kind: 'essay', entry: props.essay }), format), {
    headers: { 'content-type': EXPORT_FORMATS[format].type },
  });
};
