import type { Page } from 'puppeteer-core';
import { signedInCitizen, t } from '../../api/citizens/testing/citizen-fixture';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { bearer } from '../support/platform';
import { ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun } from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const XD = '000.00.14.H99';
const QUESTION = 'Xây nhà ở nông thôn có cần giấy phép xây dựng không?';
const FEEDBACK = 'Hồ sơ nộp trực tuyến chậm được tiếp nhận';

const text = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).innerText);

async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel, want) => [...document.querySelectorAll(sel)].some((e) => (e as HTMLElement).innerText.includes(want)),
    { timeout: 10_000 }, selector, expected,
  );
}

/**
 * Phản ánh, kiến nghị và hỏi đáp (C8) in the back office: the desk officer sees what citizens sent
 * to the agency with the deadline in working days and the time left, answers, publishes the answer,
 * and can withdraw it from the portal.
 */
describeBuilt('a desk officer answers citizens’ feedback and questions', () => {
  let run: BrowserRun;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    run = await startBrowserRun();
    const an = await signedInCitizen(run.platform, { sub: 'sub-an', name: 'Nguyễn Văn An', id_number: '001085012345' });
    const send = (body: object) => run.platform.http.post('/api/citizen/feedback').set(bearer(an.token)).send({ agencyCode: XD, ...body });
    // given: feedback sent the Wednesday before (due three working days later, Monday 09:00), and a question sent today
    run.platform.clock.set(t('2026-02-25T09:00:00'));
    expect((await send({ kind: 'feedback', title: FEEDBACK, body: 'Hồ sơ nộp từ sáng thứ Tư nhưng chưa được tiếp nhận.' })).status).toBe(201);
    run.platform.clock.set(t('2026-03-02T14:00:00'));
    expect((await send({ kind: 'question', title: QUESTION, body: 'Tôi muốn xây nhà hai tầng trên đất ở của gia đình tại xã An Phú.' })).status).toBe(201);
    ({ page, errors } = await newPage(run));
    await signIn(page, run.baseUrl, 'motcua', DEMO_PASSWORD);
  }, 2 * 60_000);
  afterAll(() => run?.close());

  it('lists what waits for an answer, the late one first, with the working days left', async () => {
    await page.goto(`${run.baseUrl}/feedback`, { waitUntil: 'networkidle0' });
    await waitForText(page, '.feedback-table tbody', QUESTION);
    const rows = await page.$$eval('.feedback-table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).innerText));
    expect(rows[0]).toContain(FEEDBACK);
    // Due at 09:00, it is 14:00: three working hours late (the lunch break does not count), 0.4 of a working day.
    expect(rows[0]).toContain('Quá hạn 0,4 ngày làm việc');
    expect(rows[1]).toContain(QUESTION);
    expect(rows[1]).toContain('Còn 15 ngày làm việc');
    expect(await text(page, 'nav')).toContain('Phản ánh, hỏi đáp');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'feedback-01-open');
  });

  it('answers the question, keeping the text when it is too short, and publishes it', async () => {
    await page.click('.feedback-table tbody tr:nth-child(2) .btn-primary');
    await page.waitForSelector('dialog[open] #feedback-answer');
    expect(await text(page, 'dialog[open] .asked')).toContain('Tôi muốn xây nhà hai tầng');
    expect(await page.$eval('#feedback-publish', (box) => (box as HTMLInputElement).checked)).toBe(true);
    await page.type('#feedback-answer', 'Có ạ.');
    await page.click('dialog[open] button[type=submit]');
    await waitForText(page, '#feedback-answer-error', 'Cần ít nhất 10 ký tự.');
    expect(await page.$eval('#feedback-answer', (area) => area.getAttribute('aria-invalid'))).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'feedback-02-answer-too-short');

    await page.type('#feedback-answer', ' Nhà ở riêng lẻ ở nông thôn thuộc khu vực chưa có quy hoạch được miễn giấy phép xây dựng (Luật Xây dựng, Điều 89).');
    await page.click('dialog[open] button[type=submit]');
    await waitForText(page, '.alert-success', `Đã gửi trả lời “${QUESTION}” và công khai trên Cổng Dịch vụ công.`);
    await page.waitForFunction(() => document.querySelectorAll('.feedback-table tbody tr').length === 1);
    const published = await run.platform.http.get('/api/public/questions?q=giay%20phep%20nong%20thon');
    expect(published.body.map((item: { title: string }) => item.title)).toEqual([QUESTION]);
  });

  it('shows the answered question and withdraws its answer from the portal', async () => {
    await page.click('.status-tabs button:nth-child(2)');
    await waitForText(page, '.feedback-table tbody', 'Đã công khai');
    await screenshot(page, 'feedback-03-answered');
    await page.click('.feedback-table tbody tr .btn-secondary');
    await page.waitForSelector('dialog[open] [data-test=answer]');
    expect(await text(page, 'dialog[open] [data-test=answer]')).toContain('Điều 89');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('dialog[open] .form-actions .btn-primary');
    await waitForText(page, '.alert-success', `Đã thôi công khai câu trả lời “${QUESTION}”.`);
    await waitForText(page, '.feedback-table tbody', 'Chưa công khai');
    expect((await run.platform.http.get('/api/public/questions')).body).toEqual([]);
  });

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
