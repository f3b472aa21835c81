import { defineConfig } from 'vitest/config';

// One id per `vitest run`, so the site is built once and shared by the built-site and browser suites.
process.env.IPL_TEST_RUN ??= String(Date.now());

export default defineConfig({
  test: {
    projects: [
      // Unit tests never read or write the citation render cache: they must render what they check,
      // and must not replace the cache a build keeps in node_modules/.cache.
      // Some unit tests start the real scripts (the check loads the MDX compiler) or a worker thread:
      // on a busy two-core machine that can take longer than Vitest's default five seconds.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { IPL_CITATION_CACHE: '0' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/serve-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
