import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';

describe('a new officer must change the password at first login', () => {
  let platform: TestPlatform;
  let token: string;
  beforeAll(async () => {
    platform = await startTestPlatform();
    const admin = await platform.login('admin');
    await platform.http.post('/api/admin/agencies').set(bearer(admin)).send({ code: 'P01', name: 'UBND tỉnh Thử', level: 'province' });
    await platform.http.post('/api/admin/users').set(bearer(admin))
      .send({ username: 'moi', password: 'Tamthoi@2026', fullName: 'Cán bộ mới', agencyCode: 'P01', roles: ['agency_admin'] });
    const login = await platform.http.post('/api/auth/login').send({ username: 'moi', password: 'Tamthoi@2026' });
    expect(login.body.user.mustChangePassword).toBe(true);
    token = login.body.token;
  });
  afterAll(() => platform.close());

  it('blocks everything else until the password is changed', async () => {
    const response = await platform.http.get('/api/admin/users').set(bearer(token));
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('refuses a weak new password and says why, in Vietnamese', async () => {
    const response = await platform.http.post('/api/auth/change-password').set(bearer(token))
      .send({ currentPassword: 'Tamthoi@2026', newPassword: 'abc' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('WEAK_PASSWORD');
    expect(response.body.error.details[0]).toEqual({ path: '/newPassword', message: expect.stringContaining('ít nhất 10 ký tự') });
  });

  it('refuses a wrong current password', async () => {
    const response = await platform.http.post('/api/auth/change-password').set(bearer(token))
      .send({ currentPassword: 'Sai@2026abcd', newPassword: 'Xinchao@2026' });
    expect(response.status).toBe(401);
  });

  it('opens the platform after the change, with a new token replacing the old', async () => {
    const response = await platform.http.post('/api/auth/change-password').set(bearer(token))
      .send({ currentPassword: 'Tamthoi@2026', newPassword: 'Xinchao@2026' });
    expect(response.status).toBe(200);
    expect(response.body.user.mustChangePassword).toBe(false);
    expect((await platform.http.get('/api/admin/users').set(bearer(response.body.token))).status).toBe(200);
    expect((await platform.http.get('/api/admin/users').set(bearer(token))).status).toBe(401);
  });
});
