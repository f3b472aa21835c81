/**
 * Real Chromium (Debian's package) for browser tests, driven by playwright-core; never a downloaded
 * browser. Where there is none, browser tests fail under CI=true and are skipped loudly elsewhere.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROME_PATH);

if (!HAS_CHROMIUM) {
  const message = `No Chromium at ${CHROME_PATH}: browser tests cannot run. Install it with \`apt-get install -y chromium\` or set CHROME_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n!! SKIPPING the browser tests.\n${'!'.repeat(100)}\n`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * One Chromium for the tests of the describe block this is called in: launched before them, closed
 * after. Each test opens its own context (cookies, storage, colour scheme, viewport) from it.
 */
export function useChromium(): { newContext: Browser['newContext'] } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newContext(options): Promise<BrowserContext> {
      if (!browser) throw new Error('Chromium is not running: call useChromium() inside a describe block');
      return browser.newContext(options);
    },
  };
}
