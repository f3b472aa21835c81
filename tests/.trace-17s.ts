// Temporary: long tasks of a page load under 4x CPU throttling, with what each spent its time on.
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server.ts';
const [dist, sitePath = '/search/?q=venepuncture'] = process.argv.slice(2);
const { server, baseUrl } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
await page.goto(new URL(sitePath, baseUrl).href, { waitUntil: 'load' });
await page.waitForTimeout(4000);
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents as any[];
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart' )?.ts ?? events[0].ts;
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000 / 1);
// main thread of the renderer: the thread with the most RunTask durations under CrRendererMain
const meta = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const tids = new Set(meta.map((m) => `${m.pid}:${m.tid}`));
for (const t of main.filter((e) => tids.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts)) {
  const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > 5000);
  const top = inside.map((e) => `${e.name}${e.args?.data?.url ? '(' + String(e.args.data.url).replace(/^http:..[^/]+/, '') + ')' : e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''} ${Math.round(e.dur / 1000)}`).slice(0, 8);
  console.log(`${Math.round((t.ts - nav) / 1000)} ms +${Math.round(t.dur / 1000)}: ${top.join(', ')}`);
}
await browser.close();
server.close();
