/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Types into an e-form field by its id and leaves it: the portal's renderer takes a value on
 * `change`, as a person's Tab or click elsewhere fires it.
 */
export async function typeField(page: Page, id: string, text: string): Promise<void> {
  const selector = `#${id}`;
  await page.waitForSelector(selector);
  await page.click(selector, { count: 3 });
  await page.type(selector, text);
  await page.$eval(selector, (el) => (el as HTMLElement).blur());
}

/** Picks a file for a file input, as the officer's file chooser would. */
export async function chooseFile(page: Page, selector: string, name: string, content: Buffer): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-scan-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}
