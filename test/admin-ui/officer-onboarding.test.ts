import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../api/demo/province';
import {
  ADMIN_UI_BUILT, SKIP_REASON, newPage, screenshot, seriousViolations, signIn, startBrowserRun, type BrowserRun,
} from './browser';

if (!ADMIN_UI_BUILT) console.warn(SKIP_REASON);
const describeBuilt = ADMIN_UI_BUILT ? describe : describe.skip;

const NEW_OFFICER = { username: 'chuyenvien.moi', fullName: 'Trịnh Thị Kiểm Thử', password: 'TamThoi#2026xy' };

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element as HTMLElement).innerText);
}

async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel, want) => [...document.querySelectorAll(sel)].some((e) => (e as HTMLElement).innerText.includes(want)),
    { timeout: 10_000 }, selector, expected,
  );
}

describeBuilt('an agency administrator onboards an officer in the back office', () => {
  let run: BrowserRun;
  beforeAll(async () => {
    run = await startBrowserRun();
  }, 60_000);
  afterAll(() => run?.close());

  it('creates the account, keeps what was typed on a refused password, and lists the officer', async () => {
    const { page, errors } = await newPage(run);
    await page.goto(`${run.baseUrl}/officers`, { waitUntil: 'networkidle0' });
    // given: the login page, reached from a protected screen
    expect(page.url()).toContain('/login?returnUrl=%2Fofficers');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '01-login');

    // when: the agency administrator signs in, they come back to the screen they asked for
    await page.type('#login-username', 'quantri');
    await page.type('#login-password', DEMO_PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);
    expect(page.url()).toBe(`${run.baseUrl}/officers`);
    await waitForText(page, '.officers-table', 'motcua');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '02-officers');

    // and: fills the new-officer form with a password the server finds weak
    await page.click('.page-actions .btn-primary');
    await page.waitForSelector('dialog[open] #officer-username');
    await page.type('#officer-username', NEW_OFFICER.username);
    await page.type('#officer-fullname', NEW_OFFICER.fullName);
    await page.waitForFunction(() => document.querySelectorAll('#officer-department option').length > 1);
    await page.select('#officer-department', 'QLXD');
    await page.click('input[name=roles][value=specialist]');
    await page.type('#officer-password', 'tamthoi2026abc');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '03-officer-form');
    await page.click('dialog[open] button[type=submit]');

    // then: the server's message stands next to the password field and nothing typed is lost
    await waitForText(page, '#officer-password-error', 'Mật khẩu phải');
    expect(await page.$eval('#officer-password', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.$eval('#officer-fullname', (e) => (e as HTMLInputElement).value)).toBe(NEW_OFFICER.fullName);
    expect(await page.$eval('input[name=roles][value=specialist]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await screenshot(page, '04-officer-form-error');

    // when: a strong password is given
    await page.$eval('#officer-password', (e) => ((e as HTMLInputElement).value = ''));
    await page.type('#officer-password', NEW_OFFICER.password);
    await page.click('dialog[open] button[type=submit]');

    // then: the dialog closes, the list says so and shows the officer waiting for a password change
    await waitForText(page, '.alert-success', `Đã tạo tài khoản cho ${NEW_OFFICER.fullName}`);
    await page.type('#officer-search', 'kiem thu');
    await waitForText(page, '.officers-table tbody', NEW_OFFICER.username);
    const row = await text(page, '.officers-table tbody');
    expect(row).toContain(NEW_OFFICER.fullName);
    expect(row).toContain('Chuyên viên xử lý');
    expect(row).toContain('Phòng Quản lý hoạt động xây dựng');
    expect(row).toContain('Chờ đổi mật khẩu');
    await screenshot(page, '05-officer-listed');
    expect(errors).toEqual([]);
  }, 90_000);

  it('forces the new officer to change the password before anything else', async () => {
    const { page, errors } = await newPage(run);
    await signIn(page, run.baseUrl, NEW_OFFICER.username, NEW_OFFICER.password);
    expect(page.url()).toContain('/change-password');
    expect(await text(page, 'main')).toContain('lần đăng nhập đầu tiên');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '06-forced-password-change');

    // a protected screen still leads back to the password form
    await page.goto(`${run.baseUrl}/inbox`, { waitUntil: 'networkidle0' });
    expect(page.url()).toContain('/change-password');

    await page.type('#cp-current', NEW_OFFICER.password);
    await page.type('#cp-new', 'ChuyenVienMoi@2026');
    await page.type('#cp-confirm', 'ChuyenVienMoi@2026');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);

    // a specialist starts in the inbox: empty while no dossier reaches their step
    expect(page.url()).toBe(`${run.baseUrl}/inbox`);
    await page.waitForSelector('.empty-state');
    expect(await text(page, 'nav.app-nav')).toContain('Hồ sơ cần xử lý');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '07-inbox');
    expect(errors).toEqual([]);
  }, 60_000);

  it('returns an officer whose session ended to the login page, then to the same screen', async () => {
    const { page } = await newPage(run);
    await signIn(page, run.baseUrl, 'quantri', DEMO_PASSWORD);
    await page.goto(`${run.baseUrl}/officers`, { waitUntil: 'networkidle0' });
    const client = await page.createCDPSession();
    await client.send('Network.clearBrowserCookies');
    await page.type('#officer-search', 'a');
    await page.waitForFunction(() => location.pathname.endsWith('/login'));
    expect(await text(page, 'main')).toContain('Phiên làm việc đã hết hạn');
    await page.type('#login-username', 'quantri');
    await page.type('#login-password', DEMO_PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);
    expect(page.url()).toBe(`${run.baseUrl}/officers`);
  }, 60_000);
});
