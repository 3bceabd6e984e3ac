import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { bearer } from '../support/platform';
import {
  PORTAL_UI_BUILT, SKIP_REASON, axeViolations, newPage, screenshot, signInAsCitizen, startPortalRun, text, type PortalRun,
} from './portal-browser';

if (!PORTAL_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = PORTAL_UI_BUILT ? describe : describe.skip;

const MINUTE = 60_000;
const TITLE = 'Khảo sát mức độ hài lòng quý I năm 2026';

/**
 * Khảo sát mức độ hài lòng theo đợt (C7) on the portal: anyone sees the open campaign; a citizen
 * signs in, chooses the agency they dealt with, scores each question, and cannot answer twice.
 */
describeBuilt('a citizen answers a survey campaign', () => {
  let run: PortalRun;
  let page: Page;
  let errors: string[];
  let id: number;

  async function check(name: string, target: Page = page): Promise<void> {
    await screenshot(target, name);
    const serious = (await axeViolations(target)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect({ page: name, serious }).toEqual({ page: name, serious: [] });
  }

  beforeAll(async () => {
    run = await startPortalRun();
    ({ page, errors } = await newPage(run));
    const control = await run.platform.login('kiemsoat', DEMO_PASSWORD);
    const created = await run.platform.http.post('/api/surveys').set(bearer(control)).send({
      title: TITLE, description: 'Ý kiến của bạn giúp các cơ quan của tỉnh phục vụ tốt hơn.', startsOn: '2026-03-02', endsOn: '2026-03-31',
      questions: ['Cán bộ hướng dẫn rõ ràng, dễ hiểu', 'Thời gian giải quyết đúng như đã hẹn'],
    });
    expect(created.status).toBe(201);
    id = created.body.id;
  }, 2 * MINUTE);

  afterAll(() => run?.close());

  it('shows the open campaign to anyone and asks to sign in before answering', async () => {
    const { page: visitor } = await newPage(run, 390);
    await visitor.goto(`${run.baseUrl}/khao-sat`, { waitUntil: 'networkidle0' });
    await visitor.waitForSelector('.survey');
    expect(await text(visitor, '.survey')).toContain(TITLE);
    await check('survey-01-list-mobile', visitor);
    await visitor.click('.survey');
    await visitor.waitForSelector('.panel-info .btn-primary');
    expect(await text(visitor, '.panel-info')).toContain('Đăng nhập để tham gia');
    expect(await text(visitor, 'main')).toContain('Ý kiến của bạn giúp các cơ quan');
    await check('survey-02-sign-in-first', visitor);
  }, 2 * MINUTE);

  it('names what is missing, then takes the answer once', async () => {
    await signInAsCitizen(page, run.baseUrl, '001085012345', `/khao-sat/${id}`);
    await page.waitForSelector('#survey-agency');
    await page.click('form.card button[type=submit]');
    await page.waitForSelector('#survey-error');
    expect(await text(page, '#survey-error')).toBe('Vui lòng trả lời đủ phiếu khảo sát: còn 3 mục chưa chọn.');
    expect(await page.$$eval('app-score-question .field-error', (found) => found.length)).toBe(2);
    await check('survey-03-missing-answers');

    await page.select('#survey-agency', '000.00.14.H99');
    await page.click('#s-q1-5');
    await page.click('#s-q2-4');
    await page.type('#survey-comment', 'Bộ phận Một cửa làm việc nhanh.');
    await page.click('form.card button[type=submit]');
    await page.waitForSelector('#survey-done');
    expect(await text(page, '#survey-done')).toContain('Sở Xây dựng tỉnh Demo với điểm trung bình 4.5');
    await check('survey-04-thanks');

    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('#survey-answered');
    expect(await text(page, '#survey-answered')).toContain('Bạn đã tham gia đợt khảo sát này');
    await page.goto(`${run.baseUrl}/khao-sat`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.badge-done');
    expect(await text(page, '.survey')).toContain('Bạn đã tham gia');

    const again = await page.evaluate(async (campaign) => {
      const response = await fetch(`/api/citizen/surveys/${campaign}/responses`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agencyCode: '000.00.14.H99', scores: { q1: 1, q2: 1 } }),
      });
      return { status: response.status, code: (await response.json()).error.code };
    }, id);
    expect(again).toEqual({ status: 409, code: 'SURVEY_ALREADY_ANSWERED' });
  }, 2 * MINUTE);

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
