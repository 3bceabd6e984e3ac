import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { ElementHandle, Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { bearer } from '../support/platform';
import {
  PORTAL_UI_BUILT, SKIP_REASON, axeViolations, completeStep, fill, newPage, screenshot, signInAsCitizen, startPortalRun, text,
  type AxeViolation, type PortalRun,
} from './portal-browser';

if (!PORTAL_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = PORTAL_UI_BUILT ? describe : describe.skip;

const PROCEDURE = 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ';
const MINUTE = 60_000;

/**
 * The citizen's journey of issue 8, in real Chromium against the real API, database and demo
 * identity provider: sign in, find a procedure without diacritics, fill the e-form (autofill
 * visible), attach files and submit; a desk officer receives it; the citizen sees the new status
 * and downloads the receipt, answers a supplement request, rates the dossier once, and tracks it
 * signed out. Every page passes axe-core without serious or critical findings; screenshots of
 * each page are kept in test/portal-ui/screenshots.
 */
describeBuilt('the citizen portal, from sign-in to rating', () => {
  let run: PortalRun;
  let page: Page;
  let errors: string[];
  let code = '';
  let files: { pdf: string; text: string };
  const report: Record<string, string[]> = {};

  /** Screenshot and axe-core on the page as it stands; serious and critical findings fail the test. */
  async function check(name: string, target: Page = page): Promise<void> {
    await screenshot(target, name);
    const violations = await axeViolations(target);
    report[name] = violations.map((v) => `${v.impact}: ${v.id} (${v.targets.length})`);
    const serious = violations.filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical');
    expect({ page: name, serious }).toEqual({ page: name, serious: [] });
  }

  async function next(): Promise<void> {
    const heading = await text(page, '#step-heading');
    await page.click('form.step-card button[type=submit]');
    await page.waitForFunction((before) => document.querySelector('#step-heading')?.textContent?.trim() !== before || !!document.querySelector('#error-summary'), {}, heading.trim());
  }

  beforeAll(async () => {
    run = await startPortalRun();
    ({ page, errors } = await newPage(run));
    const dir = mkdtempSync(join(tmpdir(), 'portal-files-'));
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawText('Ban ve thiet ke');
    files = { pdf: join(dir, 'ban-ve.pdf'), text: join(dir, 'ghi-chu.txt') };
    writeFileSync(files.pdf, await pdf.save());
    writeFileSync(files.text, 'không phải PDF');
  }, 2 * MINUTE);

  afterAll(async () => {
    // Minor and moderate findings are listed for people; only serious and critical fail.
    console.info(`axe-core findings by page:\n${JSON.stringify(report, null, 2)}`);
    await run?.close();
  });

  it('signs a citizen in through the demo VNeID', async () => {
    await page.goto(`${run.baseUrl}/dang-nhap`, { waitUntil: 'networkidle0' });
    await check('01-sign-in');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('a.vneid')]);
    await check('02-demo-vneid');
    await page.type('#identifier', '001085012345');
    await page.type('#password', '123456');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button.primary')]);
    expect(new URL(page.url()).pathname).toBe('/ho-so-cua-toi');
    await page.waitForSelector('.account-name');
    expect(await text(page, '.account-name')).toBe('Nguyễn Văn An');
    await page.waitForSelector('.empty-state');
    await check('03-my-dossiers-empty');
  }, 2 * MINUTE);

  it('finds the procedure without typing diacritics', async () => {
    await page.goto(`${run.baseUrl}/`, { waitUntil: 'networkidle0' });
    await check('04-home');
    await page.type('#home-q', 'giay phep xay dung nha o');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.waitForSelector('.result h3 a');
    expect(await text(page, '.result-list')).toContain(PROCEDURE);
    await check('05-search-without-diacritics');
    const link = await page.waitForSelector(`xpath/.//a[normalize-space()="${PROCEDURE}"]`);
    await link!.click();
    await page.waitForSelector('.summary-card .btn-primary');
    expect(await text(page, '.summary-card .btn-primary')).toBe('Nộp hồ sơ trực tuyến');
    expect(await text(page, 'main')).toContain('Thành phần hồ sơ');
    await check('06-procedure');
  }, 2 * MINUTE);

  it('fills the e-form with autofill, keeps it across a reload, attaches a file per component and submits', async () => {
    await page.click('.summary-card .btn-primary');
    await page.waitForSelector('#step-heading');
    await check('07-wizard-start');
    await next();

    // Chủ đầu tư: identity filled in from VNeID, the rest typed; an empty address is refused next to its fields.
    await page.waitForSelector('#f-applicant-fullName');
    expect(await page.$eval('#f-applicant-fullName', (input) => (input as HTMLInputElement).value)).toBe('Nguyễn Văn An');
    expect((await page.$$('.autofilled')).length).toBeGreaterThanOrEqual(3);
    await page.click('#f-applicant-kind');
    await page.waitForSelector('#f-applicant-idNumber');
    expect(await page.$eval('#f-applicant-idNumber', (input) => (input as HTMLInputElement).value)).toBe('001085012345');
    await next();
    await page.waitForSelector('#error-summary');
    expect(await text(page, '#error-summary')).toContain('Vui lòng nhập');
    await check('08-wizard-investor-errors');
    await fill(page, '#f-applicant-address-street', 'Số 12, đường Trần Phú');
    await fill(page, '#f-applicant-address-commune', 'Xã An Phú');
    await fill(page, '#f-applicant-address-province', 'Tỉnh Demo');
    await next();

    // Thửa đất: a repeatable group.
    await page.click('fieldset.repeat > button.btn-secondary');
    await fill(page, '#f-landParcels-0-lotNumber', '125');
    await fill(page, '#f-landParcels-0-mapSheetNumber', '14');
    await fill(page, '#f-landParcels-0-area', '120.5');
    await check('09-wizard-land');
    await next();

    // A reload keeps what was typed and the step reached.
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('.restored');
    expect(await text(page, '#step-heading')).toBe('Nội dung đề nghị cấp phép');
    await fill(page, '#f-works-name', 'Nhà ở riêng lẻ hai tầng');
    await page.click('#f-works-permitKind');
    await fill(page, '#f-works-location-street', 'Thửa 125, tờ bản đồ 14, ấp Phú Hòa');
    await fill(page, '#f-works-location-commune', 'Xã An Phú');
    await fill(page, '#f-works-location-province', 'Tỉnh Demo');
    await fill(page, '#f-works-buildingArea', '80');
    await fill(page, '#f-works-totalFloorArea', '160');
    await fill(page, '#f-works-height', '8.5');
    await fill(page, '#f-works-floors', '2');
    await fill(page, '#f-designer-name', 'Công ty TNHH Tư vấn thiết kế An Phú');
    await fill(page, '#f-expectedDurationMonths', '6');
    await check('10-wizard-works');
    await next();
    await page.click('#f-commitment');
    await next();

    // Giấy tờ: a text file is refused before upload; PDFs are taken.
    const land = (await page.waitForSelector('#f-files-GIAY_TO_DAT')) as ElementHandle<HTMLInputElement>;
    await land.uploadFile(files.text);
    await page.waitForSelector('.file-field .field-error');
    expect(await text(page, '.file-field .field-error')).toContain('không đúng định dạng');
    await ((await page.waitForSelector('#f-files-GIAY_TO_DAT')) as ElementHandle<HTMLInputElement>).uploadFile(files.pdf);
    await ((await page.waitForSelector('#f-files-BAN_VE_THIET_KE')) as ElementHandle<HTMLInputElement>).uploadFile(files.pdf);
    await page.waitForFunction(() => document.querySelectorAll('.chosen-file').length === 2);
    await check('11-wizard-files');
    await next();

    await page.click('input[name=resultDelivery][value=postal]');
    await check('12-wizard-delivery');
    await next();
    expect(await text(page, '#step-heading')).toBe('Xem lại và nộp');
    expect(await text(page, 'form.step-card')).toContain('Nhà ở riêng lẻ hai tầng');
    await check('13-wizard-review');
    await page.click('#f-consent');
    await page.click('form.step-card button[type=submit]');
    await page.waitForSelector('[data-test=dossier-code]', { timeout: 30_000 });
    code = (await text(page, '[data-test=dossier-code]')).trim();
    expect(code).toMatch(/^000\.00\.14\.H99-\d{6}-\d{4}$/);
    await page.waitForFunction(() => document.querySelectorAll('.upload-done').length === 2, { timeout: 30_000 });
    await check('14-submitted');
  }, 4 * MINUTE);

  it('shows the dossier received by the desk officer, with the receipt to download', async () => {
    const desk = await run.platform.login('motcua', DEMO_PASSWORD);
    const received = await run.platform.http.post(`/api/dossiers/${code}/receive`).set(bearer(desk));
    expect(received.status).toBe(200);
    await run.platform.app.timers.runDue();

    await page.goto(`${run.baseUrl}/ho-so-cua-toi/${code}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('[data-test=status]');
    expect(await text(page, '[data-test=status]')).toBe('Đang giải quyết');
    expect(await text(page, '.timeline')).toContain('Bộ phận Một cửa đã tiếp nhận hồ sơ');
    // The citizen was told by e-mail at the address their digital identity gave, and by SMS and Zalo.
    expect(await text(page, '[data-test=notices]')).toContain(`Thư điện tử (nguyenvanan@example.vn): Hồ sơ ${code} đã được tiếp nhận`);
    await check('15-dossier-received');
    const receipt = await page.$eval('a[data-notice=receipt]', async (link) => {
      const response = await fetch((link as HTMLAnchorElement).href);
      return { status: response.status, type: response.headers.get('content-type'), head: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)) };
    });
    expect(receipt).toEqual({ status: 200, type: expect.stringContaining('application/pdf'), head: '%PDF-' });
  }, 2 * MINUTE);

  it('answers a supplement request with a new file', async () => {
    const head = await run.platform.login('truongphong', DEMO_PASSWORD);
    await completeStep(run, head, code, 'request_supplement', 'Bản vẽ thiết kế chưa có chữ ký của chủ đầu tư.');

    await page.goto(`${run.baseUrl}/ho-so-cua-toi`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.panel-warn');
    expect(await text(page, 'main')).toContain('cần bạn bổ sung');
    await check('16-my-dossiers-action-needed');
    await page.goto(`${run.baseUrl}/ho-so-cua-toi/${code}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#bo-sung');
    expect(await text(page, '#bo-sung')).toContain('Bản vẽ thiết kế chưa có chữ ký của chủ đầu tư.');
    await ((await page.waitForSelector('#supplement-BAN_VE_THIET_KE')) as ElementHandle<HTMLInputElement>).uploadFile(files.pdf);
    await page.type('#supplement-note', 'Gửi lại bản vẽ đã ký.');
    await check('17-supplement-request');
    await page.click('#bo-sung button[type=submit]');
    await page.waitForSelector('.alert-ok[role=status]', { timeout: 30_000 });
    expect(await text(page, '[data-test=status]')).toBe('Đang giải quyết');
  }, 2 * MINUTE);

  it('rates the dossier once after the result; a second rating is refused', async () => {
    for (const [username, action] of [['chuyenvien', 'submit'], ['truongphong', 'approve'], ['lanhdao', 'approve'], ['vanthu', 'complete']]) {
      await completeStep(run, await run.platform.login(username, DEMO_PASSWORD), code, action);
    }
    await page.goto(`${run.baseUrl}/ho-so-cua-toi/${code}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('[data-test=status]');
    expect(await text(page, '[data-test=status]')).toBe('Đã có kết quả');
    await check('18-result-ready');
    await page.click('.status-card .btn-primary');
    await page.waitForSelector('.scale-option');
    const criteria = await page.$$eval('fieldset.rating-criterion', (sets) => sets.length);
    expect(criteria).toBe(12);
    await check('19-rate');
    await page.$$eval('fieldset.rating-criterion', (sets) => sets.forEach((set) => (set.querySelectorAll('input[type=radio]')[4] as HTMLInputElement).click()));
    await page.type('#rating-comment', 'Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.');
    await page.click('form.card button[type=submit]');
    await page.waitForSelector('#rating-done');
    expect(await text(page, '#rating-done')).toContain('5');

    const second = await page.evaluate(async (dossier) => {
      const response = await fetch(`/api/citizen/dossiers/${dossier}/rating`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scores: { overall: 1 } }),
      });
      return { status: response.status, body: await response.json() };
    }, code);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ALREADY_RATED');
  }, 3 * MINUTE);

  it('tracks the dossier by code while signed out, with the name masked', async () => {
    const { page: anonymous } = await newPage(run, 390);
    await anonymous.goto(`${run.baseUrl}/tra-cuu/${code}`, { waitUntil: 'networkidle0' });
    await anonymous.waitForSelector('.track-result');
    const shown = await text(anonymous, '.track-result');
    expect(shown).toContain('Nguyễn V. A.');
    expect(shown).not.toContain('Nguyễn Văn An');
    expect(shown).toContain('Đã có kết quả');
    await check('20-track-signed-out-mobile', anonymous);
    await anonymous.goto(`${run.baseUrl}/tra-cuu/000.00.14.H99-990101-9999`, { waitUntil: 'networkidle0' });
    await anonymous.waitForSelector('.panel-danger');
    expect(await text(anonymous, '.panel-danger')).toContain('Không tìm thấy hồ sơ');
  }, 2 * MINUTE);

  it('does not show the dossier to another citizen', async () => {
    const { page: other } = await newPage(run);
    await signInAsCitizen(other, run.baseUrl, '092192004567', `/ho-so-cua-toi/${code}`);
    await other.waitForSelector('.panel-danger');
    expect(await text(other, '.panel-danger')).toContain('Không tìm thấy hồ sơ này');
  }, 2 * MINUTE);

  it.each([
    ['21-questions', '/hoi-dap', '.results-title'],
    ['22-ask', '/hoi-dap/gui', '#ask-agency'],
    ['23-data-store', '/kho-du-lieu', '#docs-title'],
    ['24-statistics', '/thong-ke', '.totals'],
    ['25-account', '/tai-khoan', '#profile-phone'],
    ['26-not-found', '/khong-co-trang-nay', '.message'],
  ])('%s has no serious accessibility finding', async (name, path, ready) => {
    await page.goto(`${run.baseUrl}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector(ready);
    await check(name);
  }, MINUTE);

  it('keeps what earlier dossiers taught in the personal data store', async () => {
    await page.goto(`${run.baseUrl}/kho-du-lieu`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#docs-title');
    const store = await text(page, 'main');
    expect(store).toContain('Số 12, đường Trần Phú, Xã An Phú, Tỉnh Demo');
    expect(store).toContain('ban-ve.pdf');
  }, MINUTE);

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});

