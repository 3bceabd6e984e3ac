import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import { simplePdf } from '../../api/documents/testing/files';
import { act, receiveAtCounter } from '../support/demo-dossiers';
import { bearer } from '../support/platform';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';
import { chooseFile } from './desk-steps';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const button = (label: string) => `xpath/.//button[normalize-space(.)="${label}"]`;

async function openWorkspace(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}/dossiers/${code}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.dossier-header');
}

/**
 * Claims the open step if needed, takes `action` (its Vietnamese label) with a remark, a draft
 * result or the officer it is assigned to (phân công), and waits for the confirmation.
 */
async function takeAction(page: Page, label: string, comment: string, extra: { draft?: Buffer; assignee?: string } = {}): Promise<void> {
  const { draft, assignee } = extra;
  if (await page.$(button('Nhận xử lý'))) {
    await page.click(button('Nhận xử lý'));
    await page.waitForSelector('.step-actions');
  }
  await page.click(`xpath/.//div[contains(@class, "step-actions")]//button[normalize-space(.)="${label}"]`);
  await page.waitForSelector('dialog[open] #step-comment');
  await page.type('#step-comment', comment);
  if (draft) await chooseFile(page, '#step-draft', 'du-thao-giay-phep.pdf', draft);
  if (assignee) {
    const option = await page.waitForSelector(`xpath/.//select[@id="step-assign-to"]/option[starts-with(normalize-space(.), "${assignee}")]`);
    await page.select('#step-assign-to', String(await option!.evaluate((el) => (el as HTMLOptionElement).value)));
    await screenshot(page, '25-workspace-head-assigns');
  }
  await page.click('dialog[open] button[type=submit]');
  await page.waitForFunction((text) => document.querySelector('.alert-success')?.textContent?.includes(text), { timeout: 15_000 }, `Đã ${label.toLowerCase()}`);
}

describeBuilt('officers move a dossier along in the workspace', () => {
  let run: BrowserRun;
  let desk: string;
  beforeAll(async () => {
    run = await startBrowserRun();
    desk = await run.platform.login('motcua', DEMO_PASSWORD);
  }, 60_000);
  afterAll(() => run?.close());

  it('head assigns, specialist appraises and submits a draft, head and leader approve, clerk issues, desk returns', async () => {
    const code = await receiveAtCounter(run.platform, desk);

    const head = (await newPage(run)).page;
    await signIn(head, run.baseUrl, 'truongphong', DEMO_PASSWORD);
    // From the inbox: the dossier code opens its workspace.
    await head.goto(`${run.baseUrl}/inbox`, { waitUntil: 'networkidle0' });
    await head.select('#inbox-status', 'processing');
    await head.type('#inbox-search', code);
    // The server filters: wait for its answer, the one dossier of that code.
    await head.waitForFunction((wanted) => {
      const links = [...document.querySelectorAll('.inbox-table tbody th a')];
      return /dossierStatus=processing/.test(location.search) && links.length === 1 && links[0].textContent?.trim() === wanted;
    }, {}, code);
    await Promise.all([head.waitForSelector('.dossier-header'), head.click(`.inbox-table a[href$="/dossiers/${code}"]`)]);
    expect(await head.$eval('.dossier-header', (el) => el.textContent)).toContain('Nguyễn Văn An');
    // Phân công (D5): the head names the specialist, who then holds the step without claiming it.
    await takeAction(head, 'Phân công thụ lý', 'Giao chị Mai thẩm định.', { assignee: 'Phạm Thị Mai' });

    const specialist = (await newPage(run)).page;
    await signIn(specialist, run.baseUrl, 'chuyenvien', DEMO_PASSWORD);
    await openWorkspace(specialist, run.baseUrl, code);
    expect(await specialist.$(button('Nhận xử lý'))).toBeNull();
    expect(await specialist.$eval('app-history-timeline', (el) => el.textContent)).toContain('Phân công cho Phạm Thị Mai');
    // The appraisal view opens the appraisal fields: a conclusion without the inspection date is refused next to the date.
    await specialist.waitForSelector('#f-appraisal-conclusion');
    await specialist.click('#f-appraisal-conclusion');
    await takeActionExpectingFormError(specialist);
    await specialist.$eval('#f-appraisal-inspectedOn', (el) => {
      (el as HTMLInputElement).value = '2026-03-03';
      el.dispatchEvent(new Event('change'));
    });
    await screenshot(specialist, '30-workspace-specialist');
    await takeAction(specialist, 'Trình', 'Đủ điều kiện cấp phép.', { draft: await simplePdf('Du thao giay phep xay dung') });

    await openWorkspace(head, run.baseUrl, code);
    await takeAction(head, 'Phê duyệt', 'Đồng ý trình lãnh đạo Sở.');

    const leader = (await newPage(run)).page;
    await signIn(leader, run.baseUrl, 'lanhdao', DEMO_PASSWORD);
    await openWorkspace(leader, run.baseUrl, code);
    // The diagram comes with its panel: the path so far in green, the leader's step outlined.
    await leader.$eval('#ho-so-so-do', (el) => el.scrollIntoView());
    await leader.waitForSelector('[data-element-id="leader_approve"].path-current', { timeout: 20_000 });
    expect(await leader.$$eval('.djs-element.path-done', (els) => els.map((e) => e.getAttribute('data-element-id'))))
      .toEqual(expect.arrayContaining(['received', 'head_assign', 'examine', 'head_review', 'to_head_review']));
    await screenshot(leader, '31-workspace-leader');
    expect(await seriousViolations(leader)).toEqual([]);
    await takeAction(leader, 'Phê duyệt', 'Đồng ý cấp phép.');

    expect((await act(run.platform, await run.platform.login('vanthu', DEMO_PASSWORD), code, 'complete')).status).toBe(200);
    // The notices queued by reception and by the result go out with the next pass of the job queue.
    await run.platform.app.timers.runDue();

    const counter = (await newPage(run)).page;
    await signIn(counter, run.baseUrl, 'motcua', DEMO_PASSWORD);
    await openWorkspace(counter, run.baseUrl, code);
    const history = await counter.$$eval('.timeline li', (items) => items.map((li) => li.textContent ?? ''));
    expect(history.some((line) => line.includes('Giao chị Mai thẩm định.') && line.includes('Lê Văn Hùng'))).toBe(true);
    // The applicant left a phone number and no e-mail: told by SMS and Zalo of the reception and of the result.
    const notices = await counter.$$eval('#ho-so-thong-bao tbody tr', (rows) => rows.map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ')));
    expect(notices.filter((row) => row.includes(`Hồ sơ ${code} đã có kết quả`) && row.includes('Đã gửi')).map((row) => /Zalo|SMS/.exec(row)?.[0])).toEqual(['SMS', 'Zalo']);
    expect(notices.some((row) => row.includes(`Hồ sơ ${code} đã được tiếp nhận`))).toBe(true);
    // The draft result opens in the page, not as a download.
    await counter.click('xpath/.//li[contains(., "Kết quả giải quyết")]//button[contains(., "Xem")]');
    const frame = await counter.waitForSelector('iframe.viewer-frame');
    const src = await frame!.evaluate((el) => el.getAttribute('src'));
    expect(src).toMatch(new RegExp(`^/api/dossiers/${code.replace(/\./g, '\\.')}/attachments/\\d+\\?inline=true$`));
    await screenshot(counter, '32-workspace-desk-return');
    expect(await seriousViolations(counter)).toEqual([]);
    await counter.click('xpath/.//form[contains(@class, "desk-form")]//button[normalize-space(.)="Trả kết quả"]');
    await counter.waitForFunction(() => document.querySelector('.alert-success')?.textContent?.includes('Đã trả kết quả'));
    expect((await run.platform.http.get(`/api/dossiers/${code}`).set(bearer(desk))).body.status).toBe('returned');
  }, 180_000);

  it('tells a second department head who already handled the step (409), and survives an expired session', async () => {
    const code = await receiveAtCounter(run.platform, desk);
    const admin = await run.platform.login('admin');
    await run.platform.http.post('/api/admin/users').set(bearer(admin)).send({
      username: 'truongphong2', password: 'Tamthoi@2026', fullName: 'Đỗ Quốc Bảo', agencyCode: '000.00.14.H99', departmentCode: 'QLXD', roles: ['department_head'],
    });
    const first = await run.platform.login('truongphong2', 'Tamthoi@2026');
    const other = (await run.platform.http.post('/api/auth/change-password').set(bearer(first))
      .send({ currentPassword: 'Tamthoi@2026', newPassword: 'Chinhthuc@2026' })).body.token as string;

    const { page } = await newPage(run);
    await signIn(page, run.baseUrl, 'truongphong', DEMO_PASSWORD);
    await openWorkspace(page, run.baseUrl, code);
    await page.waitForSelector(button('Nhận xử lý'));
    expect((await act(run.platform, other, code, 'assign')).status).toBe(200);

    await page.click(button('Nhận xử lý'));
    await page.waitForSelector('.step-error');
    expect(await page.$eval('.step-error', (el) => el.textContent?.trim()))
      .toMatch(/^Hồ sơ đã được Đỗ Quốc Bảo xử lý ở bước “Lãnh đạo phòng xem xét, phân công thụ lý” lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/);
    await screenshot(page, '33-workspace-conflict');

    // The session ends (cookie gone): the next call returns to the login page, then back to this dossier.
    const cookies = await page.cookies();
    await page.deleteCookie(...cookies);
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('#login-username');
    expect(page.url()).toContain(`returnUrl=${encodeURIComponent(`/dossiers/${code}`)}`);
    await page.type('#login-username', 'truongphong');
    await page.type('#login-password', DEMO_PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);
    await page.waitForSelector('.dossier-header');
    expect(new URL(page.url()).pathname).toBe(`/admin/dossiers/${code}`);
  }, 120_000);
});

/** Submitting without the inspection date: the server's finding shows under that field and the conclusion stays chosen. */
async function takeActionExpectingFormError(page: Page): Promise<void> {
  await page.click(`xpath/.//div[contains(@class, "step-actions")]//button[normalize-space(.)="Trình"]`);
  await page.waitForSelector('dialog[open] #step-comment');
  await page.click('dialog[open] button[type=submit]');
  await page.waitForSelector('#f-appraisal-inspectedOn-error');
  expect(await page.$eval('#f-appraisal-inspectedOn-error', (el) => el.textContent)).toContain('Ngày kiểm tra thực địa');
  expect(await page.$eval('#f-appraisal-conclusion', (el) => (el as HTMLInputElement).checked)).toBe(true);
}
