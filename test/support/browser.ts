import puppeteer, { type Browser } from 'puppeteer-core';
import { resolveChromium } from '../../api/documents/pdf/chromium';

/**
 * A headless Chromium for the browser tests and the page benchmarks, found the way the PDF
 * renderer finds its own (CHROMIUM_PATH, the system's chromium, then the npm package), in
 * Vietnamese.
 */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = await resolveChromium(process.env.CHROMIUM_PATH);
  return puppeteer.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--lang=vi-VN'],
  });
}
