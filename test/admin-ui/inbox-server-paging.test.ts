import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { CONSTRUCTION_PERMIT, receiveAtCounter } from '../support/demo-dossiers';
import { bearer } from '../support/platform';
import { ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun } from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const button = (label: string) => `xpath/.//button[contains(normalize-space(.), "${label}")]`;

/** Waits until the URL carries `search` and the table shows the server's answer to it (the page is busy from the click on). */
async function settled(page: Page, search: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(location.search), {}, search.source);
  await page.waitForSelector('.table-wrap[aria-busy="false"], .empty-state');
}

const chipCount = async (page: Page, label: string) => Number((await text(page, `xpath/.//button[contains(@class, "urgency-chip")][contains(., "${label}")]//span`)).replace(/\./g, ''));

describeBuilt('the inbox pages and filters on the server, and keeps its view in the URL', () => {
  let run: BrowserRun;
  let total = 0;
  let lateCode = '';
  beforeAll(async () => {
    run = await startBrowserRun();
    const desk = await run.platform.login('motcua', DEMO_PASSWORD);
    // Thirty dossiers received on Monday morning are overdue for the head by the afternoon; thirty more are due soon.
    run.platform.clock.set(new Date('2026-03-02T08:00:00+07:00'));
    for (let i = 0; i < 30; i += 1) lateCode = await receiveAtCounter(run.platform, desk);
    run.platform.clock.set(new Date('2026-03-02T15:00:00+07:00'));
    for (let i = 0; i < 30; i += 1) await receiveAtCounter(run.platform, desk);
    const head = await run.platform.login('truongphong', DEMO_PASSWORD);
    total = Number((await run.platform.http.get('/api/tasks').set(bearer(head))).headers['x-total-count']);
  }, 180_000);
  afterAll(() => run?.close());

  it('shows 50 tasks a page with the pager, the chips counted by the server', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, 'truongphong', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/inbox`, { waitUntil: 'networkidle0' });
    expect(total).toBeGreaterThanOrEqual(60);
    expect(await page.$$eval('.inbox-table tbody tr', (rows) => rows.length)).toBe(50);
    expect(await text(page, '.inbox-table caption')).toContain(`Đang hiển thị 1–50 trên ${total} hồ sơ`);
    expect(await chipCount(page, 'Tất cả')).toBe(total);
    expect(await chipCount(page, 'Quá hạn')).toBeGreaterThanOrEqual(30);
    const pages = Math.ceil(total / 50);
    expect(await text(page, 'nav.pager')).toContain(`Trang 1/${pages}`);

    const first = await text(page, '.inbox-table tbody th');
    await page.click(button('Trang sau'));
    await settled(page, /page=2/);
    expect(await text(page, '.inbox-table caption')).toContain(`Đang hiển thị 51–${Math.min(100, total)} trên ${total} hồ sơ`);
    expect(await text(page, '.inbox-table tbody th')).not.toBe(first);

    // A reload keeps the page.
    await page.reload({ waitUntil: 'networkidle0' });
    expect(page.url()).toContain('page=2');
    expect(await text(page, 'nav.pager')).toContain(`Trang 2/${pages}`);
    expect(errors).toEqual([]);
  }, 90_000);

  it('filters by time left, procedure and code on the server; a reload keeps every filter', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, 'truongphong', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/inbox?page=2`, { waitUntil: 'networkidle0' });

    const overdue = await chipCount(page, 'Quá hạn');
    await page.click(button('Quá hạn'));
    await settled(page, /timeLeft=overdue/);
    expect(page.url()).not.toContain('page=');
    expect(await page.$$eval('.inbox-table tbody tr', (rows) => rows.every((row) => row.classList.contains('urgency-overdue')))).toBe(true);
    expect(await text(page, '.inbox-table caption')).toContain(`trên ${overdue} hồ sơ`);
    expect(await page.$eval(button('Quá hạn'), (el) => el.getAttribute('aria-pressed'))).toBe('true');

    // The dropdown lists the procedures present, each with its count, from the summary.
    const option = await text(page, `#inbox-procedure option[value="${CONSTRUCTION_PERMIT}"]`);
    expect(option).toMatch(/giấy phép xây dựng.*\(\d+\)$/i);
    await page.select('#inbox-procedure', CONSTRUCTION_PERMIT);
    await settled(page, new RegExp(`procedureCode=${CONSTRUCTION_PERMIT.replace(/\./g, '\\.')}`));

    const part = lateCode.slice(-11).toLowerCase();
    await page.type('#inbox-search', part);
    await settled(page, new RegExp(`q=${part}`));
    expect(await page.$$eval('.inbox-table tbody th', (cells) => cells.map((c) => c.textContent?.trim()))).toEqual([lateCode]);
    // Time left counts from the platform's clock (15:00 that Monday), not the browser's: hours late, not months.
    expect(await text(page, '.inbox-table tbody .time-left')).toMatch(/^Quá hạn \d giờ( \d+ phút)?$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '19-inbox-filtered');

    await page.reload({ waitUntil: 'networkidle0' });
    expect(await page.$eval('#inbox-search', (el) => (el as HTMLInputElement).value)).toBe(part);
    expect(await page.$eval('#inbox-procedure', (el) => (el as HTMLSelectElement).value)).toBe(CONSTRUCTION_PERMIT);
    expect(await page.$$eval('.inbox-table tbody th', (cells) => cells.map((c) => c.textContent?.trim()))).toEqual([lateCode]);

    await page.click(button('Bỏ lọc'));
    await settled(page, /^$/);
    expect(await text(page, '.inbox-table caption')).toContain(`trên ${total} hồ sơ`);
    expect(errors).toEqual([]);
  }, 90_000);
});
