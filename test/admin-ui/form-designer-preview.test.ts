import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const PROCEDURE = '1.009994';

type Definition = { schema: { properties: Record<string, unknown> }; layout: { pages: { sections: { fields: unknown[] }[] }[] } };

/** Replaces the JSON in the editor as a designer typing it would. */
async function setDefinitionText(page: Page, text: string): Promise<void> {
  await page.$eval('#definition-json', (e, value) => {
    const area = e as HTMLTextAreaElement;
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function editDefinition(page: Page, change: (definition: Definition) => void): Promise<void> {
  const definition = JSON.parse(await page.$eval('#definition-json', (e) => (e as HTMLTextAreaElement).value)) as Definition;
  change(definition);
  await setDefinitionText(page, JSON.stringify(definition, null, 2));
}

const isReadOnly = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLInputElement).readOnly);

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction((s, t) => Array.from(document.querySelectorAll(s)).some((e) => (e as HTMLElement).innerText.includes(t)), {}, selector, text);
}

describeBuilt('a form designer edits an e-form with the portal renderer as live preview', () => {
  let run: BrowserRun;
  beforeAll(async () => {
    run = await startBrowserRun();
    // given: a draft amendment of the construction permit, with its form and the one-stop process
    const token = await run.platform.login('kiemsoat', DEMO_PASSWORD);
    const draft = await run.platform.http.post(`/api/admin/procedures/${PROCEDURE}/versions`).set('Authorization', `Bearer ${token}`).send({});
    expect(draft.status).toBe(201);
  }, 60_000);
  afterAll(() => run?.close());

  it('previews as typed, at each step\'s view, edits the views, and shows the server\'s findings', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, 'thietke', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/form-designer`, { waitUntil: 'networkidle0' });
    await page.click(`a[href$="/form-designer/${PROCEDURE}/2"]`);

    // the portal's renderer draws the form: the applicant's name is an input of the preview
    await page.waitForSelector('.e-form-preview #f-applicant-fullName');
    await page.waitForSelector('.steps tbody tr');
    expect(await page.$eval('.steps', (e) => (e as HTMLElement).innerText)).toContain('appraisal');

    // test data is checked with the portal's own messages
    await page.click('.preview-tools .btn:first-child');
    await waitForText(page, '.e-form-preview', 'Vui lòng nhập');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '40-form-designer');

    // when: a field is added to the schema and the layout, the preview shows it at once
    await editDefinition(page, (definition) => {
      definition.schema.properties['applicantNote'] = { type: 'string', title: 'Ghi chú của người nộp', maxLength: 500 };
      definition.layout.pages[0].sections[0].fields.push({ path: 'applicantNote', widget: 'textarea' });
    });
    await waitForText(page, '.e-form-preview', 'Ghi chú của người nộp');

    // and: half-typed JSON is named, while the preview keeps the last good form
    const good = await page.$eval('#definition-json', (e) => (e as HTMLTextAreaElement).value);
    await setDefinitionText(page, good.slice(0, -5));
    await waitForText(page, '#definition-problem', 'chưa phải JSON hợp lệ');
    expect(await page.$('.e-form-preview #f-applicant-fullName')).not.toBeNull();
    await setDefinitionText(page, good);

    // then: at the reception view, the desk reads everything and may change only the contact details
    await page.select('#view-select', 'reception');
    await page.waitForFunction(() => (document.querySelector('.e-form-preview #f-applicant-fullName') as HTMLInputElement | null)?.readOnly === true);
    expect(await isReadOnly(page, '.e-form-preview #f-applicant-phone')).toBe(false);

    // when: the reception view also opens the applicant's name for edits
    const nameEdit = await page.waitForSelector('input[aria-label="Được sửa: Tên chủ đầu tư"]');
    await nameEdit!.click();
    await page.waitForFunction(() => (document.querySelector('.e-form-preview #f-applicant-fullName') as HTMLInputElement | null)?.readOnly === false);
    expect(await page.$eval('#definition-json', (e) => (e as HTMLTextAreaElement).value)).toContain('"applicant.fullName"');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '41-form-designer-views');

    // and: it is saved into the draft
    await page.click('.page-actions .btn-primary');
    await waitForText(page, '[role=status]', 'Đã lưu biểu mẫu vào phiên bản dự thảo 2');

    // then: a schema the server refuses comes back with its findings, and the text stays
    await editDefinition(page, (definition) => {
      definition.schema.properties['applicantNote'] = { type: 'strin', title: 'Ghi chú của người nộp' };
    });
    await page.click('.page-actions .btn-primary');
    await page.waitForSelector('.alert-error .server-findings li');
    expect(await page.$eval('.alert-error', (e) => (e as HTMLElement).innerText)).toContain('/formSchema');
    expect(await page.$eval('#definition-json', (e) => (e as HTMLTextAreaElement).value)).toContain('"strin"');
    await screenshot(page, '42-form-designer-refused');
    expect(errors).toEqual([]);
  }, 120_000);
});
