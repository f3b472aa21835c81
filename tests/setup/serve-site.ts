/** Build the site (once per run, shared with the built-site suite) and serve it for the browser tests. */
import type { TestProject } from 'vitest/node';
import { DIST } from '../helpers/site.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import buildSite from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  buildSite();
  const { server, baseUrl } = await serveStatic(DIST);
  project.provide('baseUrl', baseUrl);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
