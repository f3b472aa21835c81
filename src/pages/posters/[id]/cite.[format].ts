/** A poster's own citation as a file for reference managers: cite.bib, cite.ris, cite.json. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../../../lib/citations/exports.ts';
import { citablePiece, pieceExport } from '../../../lib/routes/piece-citation.ts';
import { getPosters } from '../../../lib/routes/collections.ts';

export const getStaticPaths = (async () =>
  (await getPosters()).flatMap((poster) =>
    EXPORT_FORMAT_IDS.map((format) => ({ params: { id: poster.id, format }, props: { poster, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const format: ExportFormat = props.format;
  return new Response(pieceExport(citablePiece({ kind: 'poster', entry: props.poster }), format), {
    headers: { 'content-type': EXPORT_FORMATS[format].type },
  });
};
