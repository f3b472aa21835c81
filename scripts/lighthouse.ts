/**
 * `npm run lighthouse`: run Lighthouse 13 (through npx) with Debian's Chromium on the home page, an
 * essay, a poster and the search page of the built site (built first if dist/ is missing), print the
 * four category scores per page and write them to .tmp/lighthouse/scores.json. Not a test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './lib/static-server.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const dist = path.join(projectRoot, 'dist');
const out = path.join(projectRoot, '.tmp/lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) throw new Error(`No Chromium at ${chrome}: apt-get install -y chromium, or set CHROME_PATH`);
if (!existsSync(path.join(dist, 'index.html')))
  execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
mkdirSync(out, { recursive: true });

const PAGES = {
  home: '/',
  essay: '/essays/learning-to-learn-from-each-other/',
  poster: '/posters/communities-of-practice-preceptorship/',
  search: '/search/?q=venepuncture',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const { server, baseUrl } = await serveStatic(dist);
const scores: Record<string, Record<string, number>> = {};
try {
  for (const [name, sitePath] of Object.entries(PAGES)) {
    const report = path.join(out, `${name}.json`);
    // Asynchronous: the static server lives in this process and must keep answering while Lighthouse runs.
    const status = await new Promise<number | null>((resolve) => {
      spawn(
        'npx',
        [
          '--yes',
          'lighthouse@13',
          new URL(sitePath, baseUrl).href,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        ],
        { cwd: projectRoot, env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'inherit', 'inherit'] },
      ).on('exit', resolve);
    });
    if (status !== 0) {
      console.error(`${name.padEnd(7)} Lighthouse failed on ${sitePath}`);
      process.exitCode = 1;
      continue;
    }
    const categories = JSON.parse(readFileSync(report, 'utf8')).categories as Record<string, { score: number }>;
    scores[name] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    console.log(`${name.padEnd(7)} ${CATEGORIES.map((c) => `${c} ${scores[name]?.[c]}`).join('  ')}`);
  }
} finally {
  server.close();
}
writeFileSync(path.join(out, 'scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
