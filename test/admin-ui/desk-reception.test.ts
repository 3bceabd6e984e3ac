import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { citizenToken } from '../../api/documents/testing/dossier-fixture';
import { simplePdf, tinyPng } from '../../api/documents/testing/files';
import { applicant, constructionPermitData, CONSTRUCTION_AGENCY, CONSTRUCTION_PERMIT } from '../support/demo-dossiers';
import { bearer } from '../support/platform';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';
import { chooseFile, typeField } from './desk-steps';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

/** The construction permit application as the desk keys it in from the paper form. */
async function keyInApplication(page: Page): Promise<void> {
  await page.click('#applicant-name');
  await page.type('#applicant-name', applicant.fullName);
  await page.type('#applicant-id', applicant.idNumber);
  await page.type('#applicant-phone', applicant.phone);
  await page.type('#applicant-address', 'Số 12, đường Lê Lợi, Xã An Phú, Tỉnh Demo');
  // The e-form's investor takes the applicant's name, number and phone in one click.
  await page.click('xpath/.//button[contains(., "Điền từ thông tin người nộp")]');
  await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#f-applicant-fullName')?.value ?? '') !== '');
  await page.click('#f-applicant-kind');
  const address = constructionPermitData.applicant.address;
  await typeField(page, 'f-applicant-address-province', address.province);
  await typeField(page, 'f-applicant-address-commune', address.commune);
  await typeField(page, 'f-applicant-address-street', address.street);
  await page.click('xpath/.//button[contains(., "Thêm thửa đất")]');
  await page.waitForSelector('#f-landParcels-0-lotNumber');
  await typeField(page, 'f-landParcels-0-lotNumber', '112');
  await typeField(page, 'f-landParcels-0-mapSheetNumber', '21');
  await typeField(page, 'f-landParcels-0-area', '96.5');
  const works = constructionPermitData.works;
  await typeField(page, 'f-works-name', works.name);
  await page.click('#f-works-permitKind');
  await typeField(page, 'f-works-location-province', works.location.province);
  await typeField(page, 'f-works-location-commune', works.location.commune);
  await typeField(page, 'f-works-location-street', works.location.street);
  await typeField(page, 'f-works-buildingArea', '80');
  await typeField(page, 'f-works-totalFloorArea', '240');
  await typeField(page, 'f-works-height', '11.5');
  await typeField(page, 'f-works-floors', '3');
  await typeField(page, 'f-designer-name', constructionPermitData.designer.name);
  await typeField(page, 'f-expectedDurationMonths', '8');
  await page.click('#f-commitment');
}

describeBuilt('a desk officer receives a dossier at the counter and prints its receipt', () => {
  let run: BrowserRun;
  beforeAll(async () => {
    run = await startBrowserRun();
  }, 60_000);
  afterAll(() => run?.close());

  it('keys in the application, keeps everything on a refused number, receives it and prints the receipt', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, 'motcua', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/reception`, { waitUntil: 'networkidle0' });
    await page.waitForSelector(`#procedure option[value="${CONSTRUCTION_PERMIT}"]`);
    await page.select('#procedure', CONSTRUCTION_PERMIT);
    await page.waitForSelector('#applicant-name');
    await keyInApplication(page);
    await chooseFile(page, '#file-GIAY_TO_DAT', 'giay-chung-nhan.pdf', await simplePdf('Giay chung nhan'));
    await chooseFile(page, '#file-BAN_VE_THIET_KE', 'ban-ve.png', tinyPng);

    // A number the server refuses (no such birth province): its word shows next to the field, nothing else is lost.
    await page.click('#applicant-id', { count: 3 });
    await page.type('#applicant-id', '999203001234');
    await page.click('button[type=submit]');
    await page.waitForSelector('#applicant-id-error .field-error-icon');
    const idError = await page.$eval('#applicant-id-error', (el) => el.textContent ?? '');
    expect(idError).toContain('Số định danh cá nhân có 3 chữ số đầu (999) không phải là mã tỉnh');
    expect(await page.$eval('#applicant-id', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.$eval('#f-works-name', (el) => (el as HTMLInputElement).value)).toBe(constructionPermitData.works.name);
    expect(await page.$eval('#f-landParcels-0-area', (el) => (el as HTMLInputElement).value)).toBe('96.5');
    await screenshot(page, '20-reception-server-error');

    await page.click('#applicant-id', { count: 3 });
    await page.type('#applicant-id', applicant.idNumber);
    await page.click('button[type=submit]');
    await page.waitForSelector('.received-code', { timeout: 20_000 });
    const code = (await page.$eval('.received-code', (el) => el.textContent ?? '')).trim();
    expect(code).toMatch(/^000\.00\.14\.H99-\d{6}-\d{4}$/);
    expect(await page.$$('.received .alert-error')).toHaveLength(0);
    await screenshot(page, '21-reception-received');

    const receipt = await page.$eval('a.print-receipt', (a) => a.getAttribute('href'));
    expect(receipt).toBe(`/api/dossiers/${code}/notices/receipt.pdf`);
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length };
    }, receipt!);
    expect(pdf).toEqual(expect.objectContaining({ status: 200, type: 'application/pdf', head: '%PDF-' }));
    expect(pdf.size).toBeGreaterThan(5000);

    const files = (await run.platform.http.get(`/api/dossiers/${code}/attachments`).set(bearer(await run.platform.login('motcua', DEMO_PASSWORD)))).body;
    expect(files.map((f: { componentCode: string }) => f.componentCode).sort()).toEqual(['BAN_VE_THIET_KE', 'GIAY_TO_DAT']);
    expect(errors).toEqual([]);
  }, 120_000);

  it('receives one online submission from the queue and refuses another with a reason', async () => {
    const citizen = await citizenToken(run.platform, 'vneid-desk-queue', applicant.fullName, applicant.idNumber);
    const submit = () => run.platform.http.post('/api/dossiers').set(bearer(citizen)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'online', applicant, formData: constructionPermitData,
    });
    const first = (await submit()).body.code as string;
    const second = (await submit()).body.code as string;

    const { page } = await newPage(run);
    await signIn(page, run.baseUrl, 'motcua', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/reception-queue`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.queue-table tbody tr');
    const rows = await page.$$eval('.queue-table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    // The time left to decide counts from the server's (test) clock to the browser's own.
    expect(rows.some((row) => row.includes(first) && /(Còn|Quá hạn) \d/.test(row))).toBe(true);
    await screenshot(page, '22-reception-queue');
    const axe = await seriousViolations(page);
    expect(axe).toEqual([]);

    await page.click(`xpath/.//tr[contains(., "${first}")]//button[contains(., "Tiếp nhận")]`);
    await page.waitForFunction((text) => document.querySelector('.alert-success')?.textContent?.includes(text), {}, `Đã tiếp nhận hồ sơ ${first}.`);

    await page.click(`xpath/.//tr[contains(., "${second}")]//button[contains(., "Từ chối")]`);
    await page.waitForSelector('dialog[open] #refuse-reason');
    await page.click('dialog[open] button[type=submit]');
    await page.waitForSelector('#refuse-reason-error .field-error-icon');
    await page.type('#refuse-reason', 'Hồ sơ thiếu bản vẽ thiết kế có chữ ký của đơn vị thiết kế.');
    await screenshot(page, '23-reception-refuse');
    await page.click('dialog[open] button[type=submit]');
    await page.waitForFunction((text) => document.querySelector('.alert-success')?.textContent?.includes(text), {}, `Đã từ chối tiếp nhận hồ sơ ${second}.`);

    const desk = await run.platform.login('motcua', DEMO_PASSWORD);
    expect((await run.platform.http.get(`/api/dossiers/${first}`).set(bearer(desk))).body.status).toBe('processing');
    expect((await run.platform.http.get(`/api/dossiers/${second}`).set(bearer(desk))).body.status).toBe('refused');
  }, 120_000);

  it('the reception screen passes the accessibility check', async () => {
    const { page } = await newPage(run);
    await signIn(page, run.baseUrl, 'buuchinh', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/reception`, { waitUntil: 'networkidle0' });
    await page.waitForSelector(`#procedure option[value="${CONSTRUCTION_PERMIT}"]`);
    await page.select('#procedure', CONSTRUCTION_PERMIT);
    await page.waitForSelector('#f-applicant-fullName');
    expect(await page.$eval('.channel-line', (el) => el.textContent)).toContain('bưu chính');
    await screenshot(page, '24-reception-postal');
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
