import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { receiveAtCounter } from '../support/demo-dossiers';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction((s, t) => Array.from(document.querySelectorAll(s)).some((e) => (e as HTMLElement).innerText.includes(t)), {}, selector, text);
}

describeBuilt('the control office imports the catalogue and reviews overdue dossiers', () => {
  let run: BrowserRun;
  let page: Page;
  let errors: string[];
  let control: string;
  beforeAll(async () => {
    run = await startBrowserRun();
    control = await run.platform.login('kiemsoat', DEMO_PASSWORD);
    ({ page, errors } = await newPage(run));
    await signIn(page, run.baseUrl, 'kiemsoat', DEMO_PASSWORD);
  }, 60_000);
  afterAll(() => run?.close());

  it('imports a file with a progress bar and lists the rejected row with its reason', async () => {
    // given: two records in the export's format, one with a sector the province does not have
    const exported = (await run.platform.http.get('/api/admin/catalogue/export').set('Authorization', `Bearer ${control}`)).body;
    const informationOnly = exported.procedures.find((p: { processKey: string | null }) => !p.processKey);
    const records = [
      { ...informationOnly, code: '9.990001', name: 'Thủ tục nhập thử: xác nhận thông tin cư trú' },
      { ...informationOnly, code: '9.990002', name: 'Thủ tục nhập thử có lĩnh vực sai', sectorCode: 'KHONG_CO' },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'tthc-import-')), 'danh-muc.json');
    writeFileSync(file, JSON.stringify({ ...exported, procedures: records }));

    // when: the file is chosen on the import screen
    await page.goto(`${run.baseUrl}/catalogue/transfer`, { waitUntil: 'networkidle0' });
    const input = await page.$('input#import-file');
    await input!.uploadFile(file);

    // then: the progress reaches the end, one row in, the other refused with its reason
    await waitForText(page, '.progress-block', 'Đã nhập xong tệp “danh-muc.json”: 2 dòng');
    expect(await page.$eval('#import-progress', (e) => [(e as HTMLProgressElement).value, (e as HTMLProgressElement).max])).toEqual([2, 2]);
    expect(await page.$eval('.import-figures', (e) => (e as HTMLElement).innerText)).toContain('1 bị từ chối');
    const rejected = await page.$eval('.rejections tbody tr', (e) => (e as HTMLElement).innerText);
    expect(rejected).toContain('9.990002');
    expect(rejected).toContain('KHONG_CO');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '36-catalogue-import');

    // and: the export downloads as a spreadsheet with the session of the page
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), text: (await response.text()).slice(0, 200) };
    }, await page.$eval('a[download="danh-muc-tthc.csv"]', (a) => (a as HTMLAnchorElement).href));
    expect(download.status).toBe(200);
    expect(download.type).toContain('text/csv');
    expect(download.text).toContain('code');
  }, 90_000);

  it('lists, per agency, the dossiers overdue or due within one working day', async () => {
    // given: a construction permit received at the counter on 2 March, 15 working days to settle
    run.platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const desk = await run.platform.login('motcua', DEMO_PASSWORD);
    const code = await receiveAtCounter(run.platform, desk);
    // when: the review runs five weeks later
    run.platform.clock.set(new Date('2026-04-08T09:00:00+07:00'));
    await page.goto(`${run.baseUrl}/overdue-review`, { waitUntil: 'networkidle0' });

    // then: the dossier is listed under its agency, marked overdue, with the step it waits at
    await waitForText(page, '.overdue-table', code);
    const section = await page.$eval('.overdue-table', (e) => (e.closest('section') as HTMLElement).innerText);
    expect(section).toContain('Sở Xây dựng');
    expect(section).toContain('Quá hạn');
    expect(section).toContain('Cấp giấy phép xây dựng');
    expect(await page.$eval('.summary-figures', (e) => (e as HTMLElement).innerText)).toMatch(/[1-9]\d* hồ sơ quá hạn/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '37-overdue-review');
    expect(errors).toEqual([]);
  }, 90_000);
});
