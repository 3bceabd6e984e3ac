import puppeteer, { type Browser } from 'puppeteer-core';
import { resolveBrowser } from '../../api/documents/pdf/chromium';

/** A headless Chromium in Vietnamese for the browser tests and the page benchmarks (resolveBrowser says which). */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = await resolveBrowser(process.env.CHROMIUM_PATH);
  return puppeteer.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--lang=vi-VN'],
  });
}
