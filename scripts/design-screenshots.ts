/**
 * `node scripts/design-screenshots.ts <before-dist> <after-dist> [out-dir]`: before-and-after pictures
 * of a design change, for its docs page (docs/design/). Serves two builds of the site, photographs
 * the seed essay and poster and the top of the home page (the header) in each at phone (390 px) and
 * desktop (1280 px) width, in the light and dark themes, and writes one small PNG per page, width and
 * theme with the two side by side (before on the left). Uses Debian's Chromium, as the browser tests
 * do. Not a test.
 *
 * Make the "before" build from the commit before the change, e.g.
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server.ts';

const [beforeDist, afterDist, outDir = 'docs/design'] = process.argv.slice(2);
if (!beforeDist || !afterDist)
  throw new Error('usage: node scripts/design-screenshots.ts <before-dist> <after-dist> [out-dir]');

/** What to photograph: the page, and at each width the element to bring to the top of the view (or the page's top). */
const SHOTS = [
  {
    name: 'essay',
    path: '/essays/learning-to-learn-from-each-other/',
    anchor: { 390: undefined, 1280: '.prose p:nth-of-type(4)' },
  },
  {
    name: 'poster',
    path: '/posters/communities-of-practice-preceptorship/',
    anchor: { 390: '#objective', 1280: '.poster header' },
  },
  // The top of the home page: the site header at both widths.
  { name: 'home', path: '/', anchor: { 390: undefined, 1280: undefined } },
] as const;
const VIEWPORTS = { 390: { width: 390, height: 844 }, 1280: { width: 1280, height: 900 } } as const;
const THEMES = ['light', 'dark'] as const;

const servers = await Promise.all([serveStatic(path.resolve(beforeDist)), serveStatic(path.resolve(afterDist))]);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
mkdirSync(outDir, { recursive: true });
try {
  for (const shot of SHOTS) {
    for (const width of [390, 1280] as const) {
      for (const theme of THEMES) {
        const pictures: string[] = [];
        for (const { baseUrl } of servers) {
          const context = await browser.newContext({
            viewport: VIEWPORTS[width],
            colorScheme: theme,
            deviceScaleFactor: 1,
          });
          const page = await context.newPage();
          await page.goto(new URL(shot.path, baseUrl).href);
          const anchor = shot.anchor[width];
          if (anchor)
            await page.evaluate(
              (selector) =>
                window.scrollTo(
                  0,
                  (document.querySelector(selector)?.getBoundingClientRect().top ?? 0) + window.scrollY - 24,
                ),
              anchor,
            );
          pictures.push((await page.screenshot({ type: 'png' })).toString('base64'));
          await context.close();
        }
        // Side by side, each half scaled so a desktop pair stays about as wide as one desktop view.
        const scale = width === 1280 ? 0.5 : 1;
        const context = await browser.newContext({
          viewport: {
            width: Math.round(VIEWPORTS[width].width * scale) * 2 + 12,
            height: Math.round(VIEWPORTS[width].height * scale),
          },
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        const img = (data: string) =>
          `<img alt="" src="data:image/png;base64,${data}" style="width:${VIEWPORTS[width].width * scale}px">`;
        await page.setContent(
          `<body style="margin:0;display:flex;gap:12px;background:#888">${pictures.map(img).join('')}</body>`,
        );
        await page.waitForFunction(() => [...document.images].every((i) => i.complete));
        const file = path.join(outDir, `${shot.name}-${width}-${theme}.png`);
        writeFileSync(file, await page.screenshot({ type: 'png' }));
        await context.close();
        console.log(`wrote ${file}`);
      }
    }
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
