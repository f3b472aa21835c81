/**
 * The citation prerender worker renders every reference and every piece's own citation, in every
 * style, on another thread; once the main thread takes its result, rendering the same works there
 * costs no citeproc run at all.
 */
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { sourcePieces } from '../helpers/content.ts';

const SITE_URL = 'https://example.org';

describe('the citation prerender worker', () => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('leaves nothing for the main thread to render', async () => {
    vi.stubEnv('IPL_CITATION_CACHE', '0');
    vi.stubEnv('IPL_PROJECT_ROOT', PROJECT_ROOT);
    vi.resetModules();
    const { startCitationPrerender, takePrerenderedCitations } = await import('../../src/lib/citations/prerender.ts');
    const engine = await import('../../src/lib/citations/engine.ts');
    const { referenceItem, pieceRenderItem } = await import('../../src/lib/citations/csl-items.ts');
    const { citablePieceOf } = await import('../../src/lib/citations/citable-piece.ts');
    const { loadReferences } = await import('../../src/lib/content/load-references.ts');
    const { essaySchema } = await import('../../src/schemas/essay.ts');
    const { posterSchema } = await import('../../src/schemas/poster.ts');
    const { CITATION_STYLE_IDS } = await import('../../src/lib/citations/styles.ts');

    const warn = vi.fn();
    startCitationPrerender(PROJECT_ROOT, SITE_URL, warn);
    await takePrerenderedCitations();
    expect(warn).not.toHaveBeenCalled();

    const references = [...loadReferences(path.join(PROJECT_ROOT, 'content'))].map(([id, data]) =>
      referenceItem(id, data),
    );
    const pieces = sourcePieces().map((piece) =>
      pieceRenderItem(
        piece.kind === 'essays'
          ? citablePieceOf({ kind: 'essay', id: piece.id, data: essaySchema.parse(piece.data) }, SITE_URL)
          : citablePieceOf({ kind: 'poster', id: piece.id, data: posterSchema.parse(piece.data) }, SITE_URL),
      ),
    );
    expect(references.length).toBeGreaterThan(0);
    expect(pieces.length).toBeGreaterThan(0);
    // Every citeproc engine is made by citation-js's CSL plugin: count the engines made.
    const { plugins } = await import('@citation-js/core');
    const engines = vi.spyOn(plugins.config.get('@csl'), 'engine');
    const rendered = engine.renderLibrary([...references, ...pieces], CITATION_STYLE_IDS);
    expect(engines).not.toHaveBeenCalled();
    expect(rendered.get('busari_2017')?.apa.text).toContain('Busari, J. O.');
    // A work the worker never saw is rendered here, and counted: the count above could have failed.
    const unseen = {
      ...references[0],
      id: 'not_prerendered_2024',
      title: 'A work the worker never saw',
    } as (typeof references)[number];
    engine.renderLibrary([unseen], CITATION_STYLE_IDS);
    expect(engines).toHaveBeenCalled();
    engines.mockRestore();
    // A worker thread and four styles' engines to start: slow on a loaded machine, and not what is tested.
  }, 30_000);

  it('says so, and leaves the pages to render everything, when the worker cannot start', async () => {
    vi.resetModules();
    const { startCitationPrerender, takePrerenderedCitations } = await import('../../src/lib/citations/prerender.ts');
    const warn = vi.fn();
    startCitationPrerender(path.join(PROJECT_ROOT, 'no-such-folder'), SITE_URL, warn);
    await takePrerenderedCitations();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Citations were not prerendered'));
  });
});
