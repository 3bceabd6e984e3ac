import { ADMIN_PASSWORD, bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './login';

describe('officer login', () => {
  let platform: TestPlatform;
  let admin: string;
  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.login('admin');
    await platform.http.post('/api/admin/agencies').set(bearer(admin)).send({ code: 'P01', name: 'UBND tỉnh Thử', level: 'province' });
  });
  afterAll(() => platform.close());

  async function newOfficer(username: string, password = 'Canbo@2026abc') {
    const response = await platform.http.post('/api/admin/users').set(bearer(admin))
      .send({ username, password, fullName: 'Cán bộ thử', agencyCode: 'P01', roles: ['desk_officer'] });
    expect(response.status).toBe(201);
  }

  it('returns a token, the account and an httpOnly cookie', async () => {
    const response = await platform.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual(expect.objectContaining({ username: 'admin', roles: ['system_admin'], mustChangePassword: false }));
    expect(response.headers['set-cookie'][0]).toMatch(/tthc_session=.+HttpOnly/i);
    const viaCookie = await platform.http.get('/api/auth/me').set('Cookie', response.headers['set-cookie'][0].split(';')[0]);
    expect(viaCookie.body.username).toBe('admin');
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const wrong = await platform.http.post('/api/auth/login').send({ username: 'admin', password: 'Sai@mat-khau1' });
    const unknown = await platform.http.post('/api/auth/login').send({ username: 'khong-ton-tai', password: 'Sai@mat-khau1' });
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} failures in a row, for ${LOCKOUT_MINUTES} minutes`, async () => {
    await newOfficer('khoa.thu');
    const statuses: string[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i += 1) {
      statuses.push((await platform.http.post('/api/auth/login').send({ username: 'khoa.thu', password: 'Sai@mat-khau1' })).body.error.code);
    }
    expect(statuses.at(-1)).toBe('ACCOUNT_LOCKED');
    const withRightPassword = await platform.http.post('/api/auth/login').send({ username: 'khoa.thu', password: 'Canbo@2026abc' });
    expect(withRightPassword.status).toBe(403);
    expect(withRightPassword.body.error.code).toBe('ACCOUNT_LOCKED');

    platform.clock.advance({ minutes: LOCKOUT_MINUTES + 1 });
    expect((await platform.http.post('/api/auth/login').send({ username: 'khoa.thu', password: 'Canbo@2026abc' })).status).toBe(200);
  });

  it('stops a revoked account and every token it held', async () => {
    await newOfficer('thu.hoi');
    const token = (await platform.http.post('/api/auth/login').send({ username: 'thu.hoi', password: 'Canbo@2026abc' })).body.token;
    expect((await platform.http.post('/api/admin/users/thu.hoi/revoke').set(bearer(admin))).status).toBe(204);

    const withOldToken = await platform.http.get('/api/auth/me').set(bearer(token));
    expect(withOldToken.status).toBe(401);
    const login = await platform.http.post('/api/auth/login').send({ username: 'thu.hoi', password: 'Canbo@2026abc' });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('ACCOUNT_REVOKED');
  });

  it('refuses a forged or missing token', async () => {
    expect((await platform.http.get('/api/auth/me')).body.error.code).toBe('UNAUTHENTICATED');
    const forged = await platform.http.get('/api/auth/me').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwidmVyIjowfQ.c2lnbmF0dXJl'));
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('TOKEN_INVALID');
  });

  it('names the missing field of a malformed login', async () => {
    const response = await platform.http.post('/api/auth/login').send({ username: 'admin' });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ path: '/password', message: 'Thiếu trường bắt buộc "password".' }]);
  });
});

describe('login rate limit', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => platform.close());

  it('answers 429 with a Vietnamese message past the limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1) codes.push((await platform.http.post('/api/auth/login').send({ username: 'x', password: 'y' })).status);
    expect(codes).toEqual([401, 401, 401, 429]);
    const limited = await platform.http.post('/api/auth/login').send({ username: 'x', password: 'y' });
    expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
  });
});
