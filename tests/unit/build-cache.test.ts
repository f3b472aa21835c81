/** The view models' cache rule (src/lib/routes/build-cache.ts): once per build, anew on every call in dev. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { perBuild } from '../../src/lib/routes/build-cache.ts';

describe('perBuild', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('computes a value once in a build, and gives every caller that same value', () => {
    vi.stubEnv('DEV', false);
    const load = vi.fn(() => ({ made: load.mock.calls.length }));
    const get = perBuild(load);
    expect(load).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(get()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('computes it anew on every call on the dev server, so an edit shows', () => {
    vi.stubEnv('DEV', true);
    const load = vi.fn(() => ({}));
    const get = perBuild(load);
    expect(get()).not.toBe(get());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
