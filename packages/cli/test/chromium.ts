import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

// Debian's chromium package, or the browser CHROMIUM_PATH names. Nothing here ever downloads one.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium the browser tests drive, or undefined when this machine has none. */
export const chromiumPath = (): string | undefined => {
  const given = process.env['CHROMIUM_PATH'];
  if (given !== undefined && given !== '') return given;
  return CANDIDATES.find((path) => existsSync(path));
};

/** Why the browser tests cannot run here, in a sentence; CI installs Debian's chromium (.ci/run) and never skips. */
export const noChromiumReason = `no Chromium found (looked at ${CANDIDATES.join(', ')}); install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;

/** A page opened offline, with every request it makes and every error it reports recorded. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request other than the page's own file; each is aborted. */
  readonly requests: ReadonlyArray<string>;
  /** Console errors and uncaught exceptions, in order. */
  readonly errors: ReadonlyArray<string>;
}

/** Starts headless Chromium (as root it needs --no-sandbox). */
export const launchChromium = (executablePath: string): Promise<Browser> =>
  chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });

/**
 * Opens a file in a new offline context: a request for anything but the file itself is recorded
 * and aborted, and console errors and page errors are recorded. `bypassCSP` lets a test inject its
 * own checker (axe) into a page whose policy admits only its own script.
 */
export const openFile = async (browser: Browser, file: string, options: { readonly bypassCSP?: boolean; readonly viewport?: { width: number; height: number } } = {}): Promise<WatchedPage> => {
  const context = await browser.newContext({ offline: true, bypassCSP: options.bypassCSP ?? false, viewport: options.viewport ?? { width: 1200, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  const own = `file://${file}`;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === own) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== own && !requests.includes(request.url())) requests.push(request.url());
  });
  await page.goto(own, { waitUntil: 'load' });
  return { page, context, requests, errors };
};
