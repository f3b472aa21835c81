/** The citation render cache: a second render of the same work comes from disk, and the file keeps only what was used. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

describe('the citation render cache', () => {
  it('stores a rendering under a key that changes with the work, the style and the style version', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ipl-cache-'));
    vi.stubEnv('IPL_PROJECT_ROOT', root);
    // The unit project turns the cache off (vitest.config.ts); this test is about it, in a folder of its own.
    vi.stubEnv('IPL_CITATION_CACHE', '1');
    vi.resetModules();
    const cache = await import('../../src/lib/citations/render-cache.ts');
    const item = { id: 'a', title: 'T' };
    const key = cache.renderingKey(item, 'apa', 'v1');
    expect(cache.renderingKey({ ...item, title: 'U' }, 'apa', 'v1')).not.toBe(key);
    expect(cache.renderingKey(item, 'ama', 'v1')).not.toBe(key);
    expect(cache.renderingKey(item, 'apa', 'v2')).not.toBe(key);
    expect(cache.getCachedRendering(key)).toBeUndefined();
    cache.setCachedRendering(key, { html: '<i>T</i>', text: 'T' });
    cache.saveRenderCache();
    const saved = JSON.parse(readFileSync(path.join(root, 'node_modules/.cache/ipl-library/citations.json'), 'utf8'));
    expect(saved).toEqual({ [key]: { html: '<i>T</i>', text: 'T' } });

    // A new build (fresh module) reads it back.
    vi.resetModules();
    const again = await import('../../src/lib/citations/render-cache.ts');
    expect(again.getCachedRendering(key)).toEqual({ html: '<i>T</i>', text: 'T' });
    vi.unstubAllEnvs();
  });
});
