import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { ElementHandle, Page } from 'puppeteer-core';
import { sql } from '../../api/db/sql';
import { CONSTRUCTION_AGENCY, CONSTRUCTION_PERMIT, constructionPermitData } from '../support/demo-dossiers';
import { bearer } from '../support/platform';
import {
  PORTAL_UI_BUILT, SKIP_REASON, axeViolations, newPage, screenshot, signInAsCitizen, startPortalRun, text, type PortalRun,
} from './portal-browser';

if (!PORTAL_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = PORTAL_UI_BUILT ? describe : describe.skip;

const MINUTE = 60_000;
const AN = { fullName: 'Nguyễn Văn An', idNumber: '001085012345' };
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function pdfSaying(words: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText(words);
  return pdf.save();
}

/**
 * Kho dữ liệu cá nhân (C9) in the browser: the land-use certificate a citizen attached to an
 * earlier dossier fills the same component of a new one, chosen from the data store on the files
 * step, without being uploaded again.
 */
describeBuilt('a dossier component filled from the personal data store', () => {
  let run: PortalRun;
  let page: Page;
  let errors: string[];
  let token: string;
  let certificate: Uint8Array;
  let drawings: string;
  let earlierCode: string;

  async function check(name: string): Promise<void> {
    await screenshot(page, name);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect({ page: name, serious }).toEqual({ page: name, serious: [] });
  }

  async function next(): Promise<void> {
    const heading = (await text(page, '#step-heading')).trim();
    await page.click('form.step-card button[type=submit]');
    await page.waitForFunction((before) => document.querySelector('#step-heading')?.textContent?.trim() !== before || !!document.querySelector('#error-summary'), {}, heading);
  }

  beforeAll(async () => {
    run = await startPortalRun();
    ({ page, errors } = await newPage(run));
    await signInAsCitizen(page, run.baseUrl, AN.idNumber, '/ho-so-cua-toi');

    // given: the citizen's session for API calls, as the portal's own cookie would carry it
    const citizen = await sql(run.platform.orm.em.fork()).one<{ id: number; token_version: number }>('select id, token_version from citizen where id_number = ?', [AN.idNumber]);
    token = run.platform.app.jwt.sign({ sub: String(citizen!.id), ver: citizen!.token_version, kind: 'citizen' });

    // and: an earlier online dossier with the land-use certificate attached
    const formData = { ...constructionPermitData, applicant: { ...constructionPermitData.applicant, ...AN } };
    const earlier = await run.platform.http.post('/api/dossiers').set(bearer(token))
      .send({ procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'online', applicant: AN, formData });
    expect(earlier.status).toBe(201);
    earlierCode = earlier.body.code;
    certificate = await pdfSaying('Giay chung nhan quyen su dung dat so CS 01234');
    const attached = await run.platform.http.post(`/api/dossiers/${earlierCode}/attachments`).set(bearer(token))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', Buffer.from(certificate), 'giay-chung-nhan-qsdd.pdf');
    expect(attached.status).toBe(201);

    // and: a new application of the same procedure, saved as a draft with its form complete
    const draft = await run.platform.http.post('/api/citizen/drafts').set(bearer(token)).send({
      procedureCode: CONSTRUCTION_PERMIT, procedureName: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', agencyCode: CONSTRUCTION_AGENCY,
      formData, resultDelivery: 'counter', currentStep: '0',
    });
    expect(draft.status).toBe(201);
    await page.goto(`${run.baseUrl}/nop-ho-so?ma=${CONSTRUCTION_PERMIT}&nhap=${draft.body.id}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#step-heading');

    drawings = join(mkdtempSync(join(tmpdir(), 'portal-reuse-')), 'ban-ve.pdf');
    writeFileSync(drawings, await pdfSaying('Ban ve thiet ke'));
  }, 3 * MINUTE);

  afterAll(() => run?.close());

  it('offers the earlier certificate on the files step and takes it instead of an upload', async () => {
    for (let step = 0; step < 10 && (await text(page, '#step-heading')).trim() !== 'Giấy tờ kèm theo'; step++) await next();
    expect((await text(page, '#step-heading')).trim()).toBe('Giấy tờ kèm theo');
    const store = await page.waitForSelector('#f-files-GIAY_TO_DAT-store');
    const offered = await page.$$eval('#f-files-GIAY_TO_DAT-store option', (options) => options.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const earlierFile = offered.find((option) => option.label.includes('giay-chung-nhan-qsdd.pdf'));
    expect(earlierFile?.label).toContain(earlierCode);
    // The same component of the earlier dossier comes first, right after the prompt.
    expect(offered[1].value).toBe(earlierFile!.value);
    await check('reuse-01-files-step-offers-store');

    await store!.select(earlierFile!.value);
    await page.waitForSelector('.chosen-file.from-store');
    expect(await text(page, '.chosen-file.from-store')).toContain('giay-chung-nhan-qsdd.pdf');
    expect(await page.$eval('.chosen-file.from-store .file-tag', (tag) => tag.textContent)).toBe('Từ kho dữ liệu');
    await ((await page.waitForSelector('#f-files-BAN_VE_THIET_KE')) as ElementHandle<HTMLInputElement>).uploadFile(drawings);
    await page.waitForFunction(() => document.querySelectorAll('.chosen-file').length === 2);
    await check('reuse-02-component-from-store');
  }, 2 * MINUTE);

  it('submits with the stored certificate attached by reference, byte for byte', async () => {
    await next();
    await next();
    expect((await text(page, '#step-heading')).trim()).toBe('Xem lại và nộp');
    expect(await text(page, 'form.step-card')).toContain('giay-chung-nhan-qsdd.pdf (dùng lại từ kho dữ liệu)');
    await page.click('#f-consent');
    await page.click('form.step-card button[type=submit]');
    await page.waitForSelector('[data-test=dossier-code]', { timeout: 30_000 });
    const code = (await text(page, '[data-test=dossier-code]')).trim();
    await page.waitForFunction(() => document.querySelectorAll('.upload-done').length === 2, { timeout: 30_000 });
    expect(await text(page, '.uploads')).toContain('từ kho dữ liệu');
    await check('reuse-03-submitted');

    const files = await run.platform.http.get(`/api/dossiers/${code}/attachments`).set(bearer(token));
    const land = (files.body as { componentCode: string; sha256: string; originalName: string }[]).find((file) => file.componentCode === 'GIAY_TO_DAT');
    expect(land).toMatchObject({ originalName: 'giay-chung-nhan-qsdd.pdf', sha256: sha256(certificate) });
  }, 2 * MINUTE);

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
