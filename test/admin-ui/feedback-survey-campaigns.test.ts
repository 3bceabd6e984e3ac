import type { Page } from 'puppeteer-core';
import { signedInCitizen } from '../../api/citizens/testing/citizen-fixture';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { bearer } from '../support/platform';
import { ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun } from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const TITLE = 'Khảo sát mức độ hài lòng quý I năm 2026';
const XD = '000.00.14.H99';
const TP = '000.00.15.H99';

const text = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).innerText);

async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel, want) => [...document.querySelectorAll(sel)].some((e) => (e as HTMLElement).innerText.includes(want)),
    { timeout: 10_000 }, selector, expected,
  );
}

/** Sets a date input and fires what Angular listens to. */
async function setDate(page: Page, selector: string, iso: string): Promise<void> {
  await page.$eval(selector, (input, value) => {
    (input as HTMLInputElement).value = value as string;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, iso);
}

/**
 * Khảo sát mức độ hài lòng theo đợt (C7) in the back office: the control office creates a campaign
 * for the whole province, reads the results per agency and per question, and closes it.
 */
describeBuilt('the control office runs a survey campaign', () => {
  let run: BrowserRun;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    run = await startBrowserRun();
    ({ page, errors } = await newPage(run));
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, run.baseUrl, 'kiemsoat', DEMO_PASSWORD);
  }, 2 * 60_000);
  afterAll(() => run?.close());

  it('creates a campaign, with the server’s word on a wrong period next to the field', async () => {
    await page.goto(`${run.baseUrl}/surveys`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.empty-state');
    await page.click('.page-actions .btn-primary');
    await page.waitForSelector('dialog[open] #survey-title');
    await page.type('#survey-title', TITLE);
    await page.type('#survey-description', 'Ý kiến của người dân về các cơ quan của tỉnh.');
    await setDate(page, '#survey-starts', '2026-03-10');
    await setDate(page, '#survey-ends', '2026-03-05');
    await page.type('#survey-questions', 'Cán bộ hướng dẫn rõ ràng, dễ hiểu\nThời gian giải quyết đúng như đã hẹn');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('dialog[open] button[type=submit]');
    await waitForText(page, '#survey-ends-error', 'Ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu.');
    expect(await page.$eval('#survey-title', (input) => (input as HTMLInputElement).value)).toBe(TITLE);
    await screenshot(page, 'survey-01-form-error');

    await setDate(page, '#survey-starts', '2026-03-02');
    await setDate(page, '#survey-ends', '2026-03-31');
    await page.click('dialog[open] button[type=submit]');
    await waitForText(page, '.alert-success', `Đã tạo đợt khảo sát “${TITLE}”.`);
    await waitForText(page, '.surveys-table tbody', TITLE);
    const row = await text(page, '.surveys-table tbody tr');
    expect(row).toContain('Toàn tỉnh');
    expect(row).toContain('02/03/2026 – 31/03/2026');
    expect(row).toContain('Đang khảo sát');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'survey-02-list');
  });

  it('shows the results per agency and per question', async () => {
    const { body: [campaign] } = await run.platform.http.get('/api/public/surveys');
    const answers: [string, string, number, number][] = [['sub-an', XD, 5, 4], ['sub-ngoc', XD, 4, 4], ['sub-binh', TP, 2, 1]];
    for (const [sub, agencyCode, q1, q2] of answers) {
      const citizen = await signedInCitizen(run.platform, { sub, name: `Công dân ${sub}` });
      const sent = await run.platform.http.post(`/api/citizen/surveys/${campaign.id}/responses`).set(bearer(citizen.token))
        .send({ agencyCode, scores: { q1, q2 }, ...(sub === 'sub-binh' ? { comment: 'Phải đi lại nhiều lần.' } : {}) });
      expect(sent.status).toBe(201);
    }
    await page.click('.surveys-table tbody tr a');
    await page.waitForSelector('[data-test=totals]');
    expect(await text(page, '[data-test=totals]')).toContain('3');
    expect(await text(page, '[data-test=totals]')).toContain('66,7%');
    const agencies = await page.$$eval('.agency-results tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t').map((cell) => cell.trim())));
    expect(agencies).toEqual([['Sở Xây dựng tỉnh Demo', '2', '4,25', '100%'], ['Sở Tư pháp tỉnh Demo', '1', '1,5', '0%']]);
    expect(await text(page, '.question-results')).toContain('Cán bộ hướng dẫn rõ ràng, dễ hiểu');
    expect(await text(page, '.comments')).toContain('Phải đi lại nhiều lần.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'survey-03-results');
  });

  it('closes the campaign; the portal no longer lists it', async () => {
    await page.click('a[href$="/surveys"]');
    await page.waitForSelector('.surveys-table .btn-danger');
    await page.click('.surveys-table .btn-danger');
    await waitForText(page, '.alert-success', `Đã kết thúc đợt khảo sát “${TITLE}”.`);
    await waitForText(page, '.surveys-table tbody', 'Đã kết thúc');
    expect(await page.$('.surveys-table .btn-danger')).toBeNull();
    expect((await run.platform.http.get('/api/public/surveys')).body).toEqual([]);
  });

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
