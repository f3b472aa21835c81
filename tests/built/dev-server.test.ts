/**
 * `npm run dev` has no search index: the terminal says so when the server starts, and /search/
 * says so on the page, each with the command that builds one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.ts';
import { astroEnv, PROJECT_ROOT } from '../helpers/site.ts';

describe('the dev server', () => {
  let dev: ChildProcess;
  let output = '';
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    dev = spawn(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: PROJECT_ROOT,
        env: astroEnv(),
      },
    );
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (!/ready in/.test(output)) {
      if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`The dev server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(() => {
    dev?.kill();
  });

  it('warns in the terminal that search needs a build, and how to make one', () => {
    expect(output).toContain('Search works only on a built site');
    expect(output).toContain('npm run build && npm run preview');
  });

  it('says so on the search page too', async () => {
    // The server may still be settling (Vite re-optimises dependencies on a first start): retry a while.
    let response = await fetch(`${baseUrl}/search/`);
    for (let tries = 0; response.status !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      response = await fetch(`${baseUrl}/search/`);
    }
    const html = await response.text();
    const notice = parse(html).querySelector('[data-search-dev-notice]');
    expect(notice?.text.replace(/\s+/g, ' ').trim()).toBe(
      'Development server: Search works only on a built site: the dev server has no search index. To try search, run npm run build && npm run preview (or npm start).',
    );
    expect(notice?.querySelector('code')?.text).toBe('npm run build && npm run preview');
  });
});
