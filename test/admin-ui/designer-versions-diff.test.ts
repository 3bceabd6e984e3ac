import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const KEY = 'construction-permit';

/** Clicks the middle of a sequence flow, where a designer would click it. */
async function clickFlow(page: Page, id: string): Promise<void> {
  await page.waitForSelector(`[data-element-id="${id}"] .djs-hit`);
  const point = await page.$eval(`[data-element-id="${id}"] .djs-hit`, (line) => {
    const shape = line as SVGGeometryElement;
    const middle = shape.getPointAtLength(shape.getTotalLength() / 2);
    const screen = new DOMPoint(middle.x, middle.y).matrixTransform(shape.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
}

async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction((s, t) => Array.from(document.querySelectorAll(s)).some((e) => (e as HTMLElement).innerText.includes(t)), {}, selector, text);
}

describeBuilt('a designer compares two versions of a process and checks conditions as they are typed', () => {
  let run: BrowserRun;
  beforeAll(async () => {
    run = await startBrowserRun();
    // given: version 2 of the demo's one-stop process gives the appraisal two days instead of three
    const token = await run.platform.login('thietke', DEMO_PASSWORD);
    const auth = { Authorization: `Bearer ${token}` };
    const first = await run.platform.http.get(`/api/admin/process-definitions/${KEY}/versions/1`).set(auth).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => done(null, text));
    });
    const changed = (first.body as string).replace(/(id="examine"[^>]*tthc:budget=")3(")/, '$12$2');
    expect(changed).not.toEqual(first.body);
    const deployed = await run.platform.http.post('/api/admin/process-definitions').set(auth).send({ key: KEY, bpmnXml: changed });
    expect(deployed.body).toEqual({ key: KEY, version: 2 });
  }, 60_000);
  afterAll(() => run?.close());

  it('lists the versions, shows what changed between them, and opens one', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, 'thietke', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/process-designer`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.versions-table tbody tr');

    // when: versions 1 and 2 are compared
    await page.select('#diff-key', KEY);
    await page.waitForFunction(() => (document.querySelector('#diff-to') as HTMLSelectElement).options.length === 2);
    await page.click('.compare-form button[type=submit]');
    await page.waitForSelector('.diff .diff-changed');

    // then: the appraisal step is the one change, its budget from 3 to 2
    const diff = await page.$eval('.diff', (e) => (e as HTMLElement).innerText);
    expect(diff).toContain('0 phần tử thêm');
    expect(diff).toContain('0 phần tử bỏ');
    expect(diff).toContain('1 phần tử sửa');
    expect(diff).toContain('Chuyên viên thẩm định, dự thảo kết quả');
    const row = await page.$eval('.diff-changed tbody tr', (e) => Array.from(e.children).map((c) => (c as HTMLElement).innerText.trim()));
    expect(row).toEqual(['Thời hạn xử lý tthc:budget', '3', '2']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '50-designer-versions-diff');

    // when: version 2 is opened, a gateway's condition is made incomplete, then corrected
    await page.click(`::-p-xpath(//tr[td[normalize-space(.)="${KEY}"] and td[normalize-space(.)="2"]]//button)`);
    await waitForText(page, '[role=status]', 'Đã mở phiên bản 2');
    await clickFlow(page, 'head_submits_directly');
    const header = await page.waitForSelector('[data-group-id="group-CamundaPlatform__Condition"] .bio-properties-panel-group-header');
    if (!(await header!.evaluate((h) => h.classList.contains('open')))) await header!.click();
    const field = '#bio-properties-panel-conditionExpression';
    await page.waitForSelector(field);
    await page.click(field, { clickCount: 3 });
    await page.type(field, 'action = "submit" and');
    await waitForText(page, '#tthc-feel-check', 'Không phải biểu thức FEEL hợp lệ');
    expect(await page.$eval('#tthc-feel-check', (e) => e.getAttribute('data-verdict'))).toBe('invalid');
    await screenshot(page, '51-designer-feel-invalid');

    await page.type(field, ' priority > 2');
    await waitForText(page, '#tthc-feel-check', 'Điều kiện FEEL hợp lệ.');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
