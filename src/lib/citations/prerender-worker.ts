/**
 * The citation prerender worker (see prerender.ts): reads the reference files and the essays' and
 * posters' front matter, renders every reference and every piece's own citation in every style, and
 * sends back the render-cache entries. Runs as plain Node TypeScript, outside Vite, so it imports only
 * modules that need nothing of Astro's. Files that fail their schema are skipped: the content checks
 * have already stopped the build for them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '@citation-js/core';
import { essaySchema } from '../../schemas/essay.ts';
import { posterSchema } from '../../schemas/poster.ts';
import { loadReferences } from '../content/load-references.ts';
import { COLLECTION_FOLDERS, contentRoot } from '../content/paths.ts';
import { readSourceFile } from '../content/source-file.ts';
import { citablePieceOf, type PieceSource } from './citable-piece.ts';
import { pieceRenderItem, referenceItem } from './csl-items.ts';
import { renderLibraryEntries } from './engine.ts';
import { CITATION_STYLE_IDS } from './styles.ts';

const { site } = workerData as { site: string };

function pieceSources(collection: 'essays' | 'posters'): PieceSource[] {
  const { folder, extension } = COLLECTION_FOLDERS[collection];
  const dir = path.join(contentRoot(), folder);
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(extension));
  return names.flatMap(({ name }): PieceSource[] => {
    const { data } = readSourceFile(path.join(dir, name), name);
    const id = name.slice(0, -extension.length);
    if (collection === 'essays') {
      const parsed = essaySchema.safeParse(data);
      return parsed.success ? [{ kind: 'essay', id, data: parsed.data }] : [];
    }
    const parsed = posterSchema.safeParse(data);
    return parsed.success ? [{ kind: 'poster', id, data: parsed.data }] : [];
  });
}

const references: CslItem[] = [...loadReferences()].map(([id, data]) => referenceItem(id, data));
const pieces = [...pieceSources('essays'), ...pieceSources('posters')].map((piece) =>
  pieceRenderItem(citablePieceOf(piece, site)),
);
// Rendered apart: renderLibrary keeps works a style could confuse in separate passes within one call.
parentPort?.postMessage([
  ...renderLibraryEntries(references, CITATION_STYLE_IDS),
  ...renderLibraryEntries(pieces, CITATION_STYLE_IDS),
]);
