import { freePort } from '../../test/support/processes';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { CITIZEN_COOKIE } from '../identity/auth-plugin';
import { BrowserSession, formAction, type Visit } from './testing/browser-session';

/**
 * C1: a citizen signs in through OpenID Connect against the demo provider that plays VNeID, driven
 * over real HTTP with a cookie jar; the flow refuses a wrong state or nonce and never leaves a session.
 */
describe('citizen sign-in through the demo identity provider', () => {
  let platform: TestPlatform;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    platform = await startTestPlatform({ DEMO_IDP: '1', PUBLIC_URL: origin, PORT: String(port) });
    await platform.app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(() => platform?.close());

  /** Up to the provider's login page; returns the page visit. */
  async function openLoginPage(browser: BrowserSession, returnTo = '/ho-so-cua-toi'): Promise<Visit> {
    const visits = await browser.follow(`/api/citizen/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    const page = visits[visits.length - 1];
    expect(page.status).toBe(200);
    expect(page.body).toContain('Số định danh cá nhân hoặc mã số thuế');
    return page;
  }

  async function signIn(browser: BrowserSession, identifier: string, returnTo?: string): Promise<Visit> {
    const page = await openLoginPage(browser, returnTo);
    const visits = await browser.follow(formAction(page.body, page.url), { form: { identifier, password: '123456' } });
    return visits[visits.length - 1];
  }

  it('signs a citizen in, fills the profile from the identity claims and returns to the portal', async () => {
    const browser = new BrowserSession(origin);
    const last = await signIn(browser, '001085012345');
    expect(last.status).toBe(303);
    expect(last.location).toBe('/ho-so-cua-toi');
    expect(browser.cookie(CITIZEN_COOKIE)).toBeTruthy();
    expect(browser.cookie('tthc_oidc')).toBeUndefined();

    const me = await browser.request('/api/citizen/me');
    expect(me.status).toBe(200);
    const profile = JSON.parse(me.body);
    expect(profile).toMatchObject({
      kind: 'person', fullName: 'Nguyễn Văn An', idNumber: '001085012345', birthDate: '1985-04-12', gender: 'male',
      phone: '0912345678', email: 'nguyenvanan@example.vn',
      addressDetail: { province: 'Tỉnh Demo', commune: 'Xã An Phú', street: 'Số 12, đường Trần Phú, ấp Phú Hòa' },
    });
    expect(profile.identity).toMatchObject({ fullName: 'Nguyễn Văn An', idNumber: '001085012345', address: { commune: 'Xã An Phú' } });
  });

  it('keeps the phone and e-mail the citizen set when they sign in again', async () => {
    const browser = new BrowserSession(origin);
    await signIn(browser, '092192004567');
    const token = browser.cookie(CITIZEN_COOKIE)!;
    const update = await platform.http.patch('/api/citizen/me').set(bearer(token)).send({ phone: '+84 909 111 222', email: 'ngoc.tran@example.vn' });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({ phone: '0909111222', email: 'ngoc.tran@example.vn' });
    const bad = await platform.http.patch('/api/citizen/me').set(bearer(token)).send({ phone: '12345' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: '/phone' });

    const again = new BrowserSession(origin);
    await signIn(again, '092192004567');
    const me = JSON.parse((await again.request('/api/citizen/me')).body);
    expect(me).toMatchObject({ fullName: 'Trần Thị Bích Ngọc', phone: '0909111222', email: 'ngoc.tran@example.vn' });
  });

  it('signs an organisation in by its tax code', async () => {
    const browser = new BrowserSession(origin);
    await signIn(browser, '0304567898');
    const me = JSON.parse((await browser.request('/api/citizen/me')).body);
    expect(me).toMatchObject({ kind: 'organisation', fullName: 'Công ty TNHH Xây dựng Phú An', taxCode: '0304567898', idNumber: null });
  });

  it('shows the error on the login page for a wrong password and opens no session', async () => {
    const browser = new BrowserSession(origin);
    const page = await openLoginPage(browser);
    const [visit] = await browser.follow(formAction(page.body, page.url), { form: { identifier: '001085012345', password: 'sai' } });
    expect(visit.status).toBe(401);
    expect(visit.body).toContain('mật khẩu không đúng');
    expect(browser.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  it('sends the citizen back to the sign-in page when they cancel at the provider', async () => {
    const browser = new BrowserSession(origin);
    const page = await openLoginPage(browser);
    const visits = await browser.follow(formAction(page.body, page.url).replace(/\/login$/, '/abort'), { form: {} });
    expect(visits[visits.length - 1].location).toBe('/dang-nhap?loi=CITIZEN_SIGNIN_CANCELLED');
    expect(browser.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  /** Signs in at the provider but stops before the platform's callback; returns the callback URL. */
  async function authorisedCallback(browser: BrowserSession): Promise<URL> {
    const page = await openLoginPage(browser);
    const visits = await browser.follow(formAction(page.body, page.url), { form: { identifier: '094201007890', password: '123456' } }, ['/demo-idp/']);
    const callback = new URL(visits[visits.length - 1].location!, origin);
    expect(callback.pathname).toBe('/api/citizen/auth/callback');
    expect(callback.searchParams.get('code')).toBeTruthy();
    return callback;
  }

  it('refuses a callback whose state is not the one the browser started with', async () => {
    const browser = new BrowserSession(origin);
    const callback = await authorisedCallback(browser);
    callback.searchParams.set('state', 'forged-state');
    const [visit] = await browser.follow(callback.href);
    expect(visit.status).toBe(303);
    expect(visit.location).toBe('/dang-nhap?loi=CITIZEN_SIGNIN_FAILED');
    expect(browser.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one the browser started with', async () => {
    const browser = new BrowserSession(origin);
    const callback = await authorisedCallback(browser);
    const state = platform.app.jwt.verify<Record<string, unknown>>(browser.cookie('tthc_oidc')!);
    const { iat: _iat, exp: _exp, ...checks } = state;
    browser.setCookie('tthc_oidc', platform.app.jwt.sign({ ...checks, nonce: 'another-nonce' } as never, { expiresIn: 600 }), '/api/citizen/auth');
    const [visit] = await browser.follow(callback.href);
    expect(visit.location).toBe('/dang-nhap?loi=CITIZEN_SIGNIN_FAILED');
    expect(browser.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  it('refuses a callback in a browser that never started the sign-in, and a code used twice', async () => {
    const browser = new BrowserSession(origin);
    const callback = await authorisedCallback(browser);
    const stranger = new BrowserSession(origin);
    expect((await stranger.follow(callback.href))[0].location).toBe('/dang-nhap?loi=CITIZEN_SIGNIN_FAILED');

    const login = browser.cookie('tthc_oidc')!;
    expect((await browser.follow(callback.href))[0].location).toBe('/ho-so-cua-toi');
    const replay = new BrowserSession(origin);
    replay.setCookie('tthc_oidc', login, '/api/citizen/auth');
    expect((await replay.follow(callback.href))[0].location).toBe('/dang-nhap?loi=CITIZEN_SIGNIN_FAILED');
    expect(replay.cookie(CITIZEN_COOKIE)).toBeUndefined();
  });

  it('returns only to a path of the portal itself', async () => {
    const browser = new BrowserSession(origin);
    expect((await signIn(browser, '001085012345', '//evil.example/steal')).location).toBe('/ho-so-cua-toi');
    expect((await signIn(new BrowserSession(origin), '001085012345', '/tra-cuu/ABC')).location).toBe('/tra-cuu/ABC');
  });

  it('keeps citizen and officer routes apart, and ends the session on logout', async () => {
    const browser = new BrowserSession(origin);
    await signIn(browser, '001085012345');
    const citizenToken = browser.cookie(CITIZEN_COOKIE)!;
    expect((await platform.http.get('/api/auth/me').set(bearer(citizenToken))).status).toBe(403);
    const officer = await platform.login('admin');
    const asOfficer = await platform.http.get('/api/citizen/me').set(bearer(officer));
    expect(asOfficer.status).toBe(403);
    expect((await platform.http.get('/api/citizen/me')).status).toBe(401);

    const logout = await browser.request('/api/citizen/auth/logout', { method: 'POST' });
    expect(logout.status).toBe(204);
    expect(browser.cookie(CITIZEN_COOKIE)).toBeUndefined();
    expect((await browser.request('/api/citizen/me')).status).toBe(401);
  });

  it('tells the portal which provider it uses', async () => {
    const response = await platform.http.get('/api/citizen/auth/config');
    expect(response.body).toEqual({ available: true, provider: 'VNeID (mô phỏng)', demo: true });
  });
});

describe('citizen sign-in without an identity provider', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.close());

  it('says sign-in is unavailable instead of failing obscurely', async () => {
    expect((await platform.http.get('/api/citizen/auth/config')).body).toMatchObject({ available: false, demo: false });
    const login = await platform.http.get('/api/citizen/auth/login');
    expect(login.status).toBe(503);
    expect(login.body.error.code).toBe('CITIZEN_SIGNIN_UNAVAILABLE');
  });
});
