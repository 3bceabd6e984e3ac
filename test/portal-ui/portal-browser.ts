/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate run in Chromium: they need the DOM types the server code lacks.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../support/browser';
import type { Browser, Page } from 'puppeteer-core';
import { freePort } from '../support/processes';
import { bearer, startTestPlatform, type TestPlatform } from '../support/platform';

const ROOT = resolve(__dirname, '..', '..');

/** The production build the API serves at /; the browser tests need it. */
export const PORTAL_UI_BUILT = existsSync(join(ROOT, 'portal-ui', 'dist', 'portal-ui', 'browser', 'index.html'));
export const SKIP_REASON = 'portal-ui/dist is missing: build it with `npm ci --prefix portal-ui && npm run build --prefix portal-ui`; the portal-ui browser tests are skipped.';

export const SCREENSHOTS = join(__dirname, 'screenshots');

export interface PortalRun {
  platform: TestPlatform;
  browser: Browser;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real platform with the demo province and the demo identity provider, listening on the
 * port its PUBLIC_URL names (the provider redirects the browser there), and a headless Chromium.
 */
export async function startPortalRun(): Promise<PortalRun> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const platform = await startTestPlatform({ DEMO: '1', DEMO_IDP: '1', PUBLIC_URL: baseUrl, PORT: String(port) });
  await platform.app.listen({ port, host: '127.0.0.1' });
  const browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    platform, browser, baseUrl,
    async close() {
      await browser.close();
      await platform.close();
    },
  };
}

/** A fresh browser context (own cookies and storage) at the given width, collecting page errors. */
export async function newPage(run: PortalRun, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await run.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // Chromium logs every refused call ("Failed to load resource"); the portal handles those answers
    // itself (a 401 on /api/citizen/me is how an anonymous visitor is recognised).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  return { page, errors };
}

/** Signs in through the portal's button and the demo VNeID page; ends on the page asked for. */
export async function signInAsCitizen(page: Page, baseUrl: string, identifier: string, returnTo = '/ho-so-cua-toi'): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap?returnTo=${encodeURIComponent(returnTo)}`, { waitUntil: 'networkidle0' });
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('a.vneid')]);
  await page.type('#identifier', identifier);
  await page.type('#password', '123456');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button.primary')]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export { axeViolations, type AxeViolation } from '../support/axe';

/** Types into a field as a person would and leaves it, so the change is taken. */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
  await page.keyboard.press('Tab');
}

/** Sets a date input (its typing order depends on the browser's locale) and fires its change. */
export async function setDate(page: Page, selector: string, iso: string): Promise<void> {
  await page.$eval(selector, (input, value) => {
    (input as HTMLInputElement).value = value as string;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, iso);
}

export const text = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).innerText);

/** The officer's side through the API: complete the open step of a dossier with an action. */
export async function completeStep(run: PortalRun, token: string, dossierCode: string, action: string, comment?: string): Promise<void> {
  const tasks = await run.platform.http.get('/api/tasks').set(bearer(token));
  const task = (tasks.body as { id: number; dossierCode: string }[]).find((t) => t.dossierCode === dossierCode);
  if (!task) throw new Error(`no open task of ${dossierCode} for this officer: ${JSON.stringify(tasks.body)}`);
  await run.platform.http.post(`/api/tasks/${task.id}/claim`).set(bearer(token));
  const done = await run.platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(token)).send({ action, ...(comment ? { comment } : {}) });
  if (done.status !== 200) throw new Error(`complete ${action}: ${done.status} ${JSON.stringify(done.body)}`);
}
