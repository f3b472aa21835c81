/**
 * Real Chromium (Debian's package) for browser tests, driven by playwright-core; never a downloaded
 * browser. Where there is none, browser tests fail under CI=true and are skipped loudly elsewhere.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

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

/** Chromium's console message when the Content-Security-Policy blocks something. */
const CSP_VIOLATION = /Content Security Policy|Content-Security-Policy/i;

/** Record every Content-Security-Policy violation in a context's pages into `into`. */
export function recordCspViolations(context: BrowserContext, into: string[]): void {
  const watch = (page: import('playwright-core').Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && CSP_VIOLATION.test(message.text()))
        into.push(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
}

/**
 * One Chromium for the tests of the describe block this is called in: launched before them, closed
 * after. Each test opens its own context (cookies, storage, colour scheme, viewport) from it, with
 * service workers blocked unless it asks for them. Every
 * test also checks that nothing it did broke the site's Content-Security-Policy: a violation means
 * an enhancement was blocked, or something ran that the site did not write.
 */
export function useChromium(): { newContext: Browser['newContext']; cspViolations: string[] } {
  let browser: Browser | undefined;
  const cspViolations: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(() => {
    const found = cspViolations.splice(0);
    expect(found, 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async newContext(options): Promise<BrowserContext> {
      if (!browser) throw new Error('Chromium is not running: call useChromium() inside a describe block');
      // The site's service worker would answer requests before Playwright's page.route() sees them, and
      // keep pages between tests: blocked unless a test asks for it (tests/e2e/offline.test.ts).
      const context = await browser.newContext({ serviceWorkers: 'block', ...options });
      recordCspViolations(context, cspViolations);
      return context;
    },
    cspViolations,
  };
}
