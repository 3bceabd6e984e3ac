import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

/** The demo's construction permit, published as version 1 with its process and e-form. */
const PROCEDURE = '1.009994';

/** Sets an input as a person would, so that Angular's reactive form hears it. */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (element, text) => {
    const input = element as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function clickButton(page: Page, text: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-xpath(//button[normalize-space(.)="${text}"] | //a[normalize-space(.)="${text}"])`);
  await button!.click();
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction((s, t) => Array.from(document.querySelectorAll(s)).some((e) => (e as HTMLElement).innerText.includes(t)), {}, selector, text);
}

describeBuilt('the control office publishes a procedure in the back office', () => {
  let run: BrowserRun;
  beforeAll(async () => {
    run = await startBrowserRun();
  }, 60_000);
  afterAll(() => run?.close());

  it('amends, edits, reviews, returns, records a test run and publishes with the decision number', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, 'kiemsoat', DEMO_PASSWORD);

    // given: the catalogue, searched without diacritics
    await page.goto(`${run.baseUrl}/catalogue`, { waitUntil: 'networkidle0' });
    await page.type('#procedure-search', 'giay phep xay dung');
    await waitForText(page, '.procedures-table tbody', PROCEDURE);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '30-catalogue-list');

    // when: the version in force is opened and amended
    await page.click(`::-p-xpath(//tr[td[normalize-space(.)="${PROCEDURE}"]]//a[contains(@class, "procedure-link")])`);
    await waitForText(page, '.page-header', 'Đang có hiệu lực');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '31-catalogue-procedure');
    await clickButton(page, 'Sửa đổi, bổ sung (tạo phiên bản mới)');
    await waitForText(page, '[role=status]', 'Đã tạo phiên bản dự thảo 2');
    await waitForText(page, '.page-header', 'Dự thảo');

    // and: its legal time is cut to one working day, below the process's step budgets
    await clickButton(page, 'Sửa hồ sơ thủ tục');
    await page.waitForSelector('#p-time');
    const legalTime = await page.$eval('#p-time', (e) => (e as HTMLInputElement).value);
    await fill(page, '#p-time', '1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '32-catalogue-editor');
    await clickButton(page, 'Lưu dự thảo');
    await waitForText(page, '.record', '1 ngày làm việc');

    // and: sent for review, then checked
    await clickButton(page, 'Gửi thẩm định');
    await waitForText(page, '.page-header', 'Đang thẩm định');
    await clickButton(page, 'Kiểm tra trước khi công bố');
    await page.waitForSelector('.review .findings');
    const findings = await textOf(page, '.review');
    expect(findings).toContain('Thời hạn giải quyết');
    expect(findings).toContain('vượt thời hạn giải quyết');
    expect(findings).toContain('Chạy thử');
    await screenshot(page, '33-catalogue-findings');

    // then: the control office returns it with a note, and the drafter sees the note
    await clickButton(page, 'Trả lại để sửa');
    await page.waitForSelector('dialog[open] #return-note');
    await page.type('#return-note', 'Thời hạn giải quyết phải giữ 15 ngày làm việc như Quyết định công bố của Bộ.');
    await page.click('dialog[open] button[type=submit]');
    await waitForText(page, '.alert-info', 'phải giữ 15 ngày làm việc');

    // when: the time is restored, a passing test run recorded, and the version published
    await clickButton(page, 'Sửa hồ sơ thủ tục');
    await page.waitForSelector('#p-time');
    await fill(page, '#p-time', legalTime);
    await clickButton(page, 'Lưu dự thảo');
    await waitForText(page, '.record', `${legalTime} ngày làm việc`);

    await clickButton(page, 'Công bố');
    await page.waitForSelector('dialog[open] #decision-number');
    await page.type('#decision-number', '125/QĐ-UBND');
    await page.$eval('#decision-date', (e) => {
      const input = e as HTMLInputElement;
      input.value = '2026-03-20';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('dialog[open] button[type=submit]');
    // a first attempt is refused: no test run on this content yet; what was typed stays
    await waitForText(page, 'dialog[open] .alert-error', 'Chạy thử');
    expect(await page.$eval('#decision-number', (e) => (e as HTMLInputElement).value)).toBe('125/QĐ-UBND');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '34-catalogue-publish-refused');
    await page.click('dialog[open] .form-actions .btn-secondary');
    await page.waitForSelector('dialog[open]', { hidden: true });

    await clickButton(page, 'Ghi nhận chạy thử');
    await page.waitForSelector('dialog[open] #test-run-notes');
    await page.type('#test-run-notes', 'Chạy thử hồ sơ mẫu qua đủ các bước: tiếp nhận, thẩm định, phê duyệt, trả kết quả.');
    await page.click('dialog[open] button[type=submit]');
    await waitForText(page, '[role=status]', 'Đã ghi nhận kết quả chạy thử');

    await clickButton(page, 'Công bố');
    await page.waitForSelector('dialog[open] #decision-number');
    await page.type('#decision-number', '125/QĐ-UBND');
    await page.$eval('#decision-date', (e) => {
      const input = e as HTMLInputElement;
      input.value = '2026-03-20';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.click('dialog[open] button[type=submit]');

    // then: version 2 is in force under the decision, version 1 is superseded
    await waitForText(page, '[role=status]', 'Đã công bố thủ tục theo Quyết định số 125/QĐ-UBND.');
    await waitForText(page, '.page-header', 'Đang có hiệu lực');
    const versions = await textOf(page, '#versions-heading + table');
    expect(versions).toContain('Đã được thay thế');
    expect(versions).toContain('125/QĐ-UBND');
    await screenshot(page, '35-catalogue-published');

    const live = await run.platform.http.get(`/api/procedures/${PROCEDURE}`);
    expect(live.body).toEqual(expect.objectContaining({ version: 2, decision: { number: '125/QĐ-UBND', date: '2026-03-20' } }));
    expect(errors).toEqual([]);
  }, 120_000);
});
