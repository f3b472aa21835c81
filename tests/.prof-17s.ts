// Temporary: CPU profile of a page load under 4x throttling; self time by function.
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/lib/static-server.ts';
const [dist, sitePath = '/search/?q=venepuncture'] = process.argv.slice(2);
const { server, baseUrl } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(new URL(sitePath, baseUrl).href, { waitUntil: 'load' });
await page.waitForTimeout(4000);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas;
const counts = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) {
  const n: any = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${String(n.callFrame.url).replace(/^http:..[^/]+/, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + us);
}
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(Math.round(us / 1000), k);
await browser.close();
server.close();
