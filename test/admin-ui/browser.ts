/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate run in Chromium: they need the DOM types the server code lacks.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../support/browser';
import type { Browser, Page } from 'puppeteer-core';
import { startTestPlatform, type TestPlatform } from '../support/platform';

const ROOT = resolve(__dirname, '..', '..');

/** The production build the API serves under /admin; the browser tests need it. */
export const ADMIN_UI_BUILT = existsSync(join(ROOT, 'admin-ui', 'dist', 'admin-ui', 'browser', 'index.html'));
export const SKIP_REASON = 'admin-ui/dist is missing: build it with `npm ci --prefix admin-ui && npm run build --prefix admin-ui`; the admin-ui browser tests are skipped.';

export const SCREENSHOTS = join(__dirname, 'screenshots');

export interface BrowserRun {
  platform: TestPlatform;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real platform (demo province) listening on a free port, and a headless Chromium. */
export async function startBrowserRun(): Promise<BrowserRun> {
  const platform = await startTestPlatform({ DEMO: '1' });
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the platform is not listening on a TCP port');
  const browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    platform, browser,
    baseUrl: `http://127.0.0.1:${address.port}/admin`,
    async close() {
      await browser.close();
      await platform.close();
    },
  };
}

/** A fresh page (own cookies, own downloads folder when given) at 1366×900 that collects page errors. */
export async function newPage(run: BrowserRun, options: { downloadPath?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await run.browser.createBrowserContext(
    options.downloadPath ? { downloadBehavior: { policy: 'allow', downloadPath: options.downloadPath } } : {},
  );
  const page = await context.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // Chromium logs every refused API call ("Failed to load resource"); the app handles those
    // answers itself (a 401 on /api/auth/me is how an anonymous visitor is recognised).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return { page, errors };
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle0' });
  await page.type('#login-username', username);
  await page.type('#login-password', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export { axeViolations, seriousViolations, type AxeViolation } from '../support/axe';
