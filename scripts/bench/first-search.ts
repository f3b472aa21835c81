/**
 * Bytes a reader's first search downloads: open /search/?q=<query> on the built site in Chromium and
 * add up every script and Pagefind file fetched (UI, pagefind.js, WebAssembly, index and fragment chunks).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../lib/static-server.ts';

export async function firstSearchBytes(distDir: string, query: string): Promise<number | undefined> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const { server, baseUrl } = await serveStatic(distDir);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (!response) return;
      const url = new URL(response.url());
      if (url.pathname.startsWith('/pagefind/') || request.resourceType() === 'script') {
        // Bytes on the wire (the test server gzips text as a static host would), headers excluded.
        bytes += (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
      }
    });
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    return bytes;
  } finally {
    await browser.close();
    server.close();
  }
}
