// Temporary: interleaved Lighthouse runs of two builds (not committed).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { serveStatic } from '../scripts/lib/static-server.ts';
const [outDir, runs, ...specs] = process.argv.slice(2); // specs: label=distDir
const PAGES: Record<string, string> = { home: '/', essay: '/essays/learning-to-learn-from-each-other/', poster: '/posters/communities-of-practice-preceptorship/', search: '/search/?q=venepuncture' };
const pages = (process.env.PAGES ?? 'search').split(',');
mkdirSync(outDir, { recursive: true });
const servers = await Promise.all(specs.map(async (s) => { const [label, dir] = s.split('='); return { label, ...(await serveStatic(dir)) }; }));
for (let run = 1; run <= Number(runs); run++)
  for (const name of pages)
    for (const { label, baseUrl } of servers) {
      const report = `${outDir}/${label}-${name}-${run}.json`;
      await new Promise((resolve) => spawn('npx', ['--yes', 'lighthouse@13', new URL(PAGES[name], baseUrl).href, '--quiet', '--output=json', `--output-path=${report}`, '--only-categories=performance', '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync --no-first-run'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'inherit' }).on('exit', resolve));
      const r = JSON.parse(readFileSync(report, 'utf8'));
      const a = r.audits; const v = (id: string) => Math.round(a[id].numericValue);
      const lt = (a['long-tasks']?.details?.items ?? []).map((t: any) => `${Math.round(t.duration)}:${String(t.url).replace(/^https?:\/\/[^/]+/, '')}`).join(' ');
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      console.log(`${label} ${name} run ${run}: perf ${Math.round(r.categories.performance.score * 100)} TBT ${v('total-blocking-time')} FCP ${v('first-contentful-paint')} LCP ${v('largest-contentful-paint')} SI ${v('speed-index')} CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)} load ${load}\n   ${lt}`);
    }
for (const s of servers) s.server.close();
