import { DEMO_PASSWORD, demoOfficers } from '../../api/demo/province';
import { ADMIN_PASSWORD, startTestPlatform, type TestPlatform } from '../support/platform';

describe('a platform started on an empty database in demo mode', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ DEMO: '1' });
  });
  afterAll(() => platform.close());

  it('answers health and readiness', async () => {
    expect((await platform.http.get('/health')).body).toEqual({ status: 'ok' });
    expect((await platform.http.get('/ready')).body).toEqual({ status: 'ready' });
  });

  it('publishes the OpenAPI document with the administration routes', async () => {
    const doc = (await platform.http.get('/docs/json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/auth/login', '/api/admin/agencies', '/api/admin/users', '/api/agencies', '/api/sectors',
    ]));
    expect((await platform.http.get('/docs/')).status).toBe(200);
  });

  it('exposes Prometheus metrics', async () => {
    const text = (await platform.http.get('/metrics')).text;
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('lets every demo account sign in without a first-login change', async () => {
    const accounts = [{ username: 'admin', password: ADMIN_PASSWORD }, ...demoOfficers.map((o) => ({ ...o, password: DEMO_PASSWORD }))];
    for (const { username, password } of accounts) {
      const response = await platform.http.post('/api/auth/login').send({ username, password });
      expect(response.status).toBe(200);
      expect(response.body.user.mustChangePassword).toBe(false);
    }
  });

  it('seeds the demo province as a tree with departments and sectors', async () => {
    const [province] = (await platform.http.get('/api/agencies')).body;
    expect(province.name).toBe('Ủy ban nhân dân tỉnh Demo');
    expect(province.children.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining([
      'Sở Xây dựng tỉnh Demo', 'Sở Tư pháp tỉnh Demo', 'Ủy ban nhân dân xã An Phú',
    ]));
    const departments = (await platform.http.get('/api/agencies/000.00.14.H99/departments')).body;
    expect(departments.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['MOTCUA', 'QLXD']));
    expect((await platform.http.get('/api/sectors')).body.length).toBeGreaterThanOrEqual(3);
  });

  it('answers an unknown route with the error shape and a Vietnamese message', async () => {
    const response = await platform.http.get('/api/does-not-exist');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy tài nguyên yêu cầu.' } });
  });

  it('sends security headers', async () => {
    const response = await platform.http.get('/api/sectors');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
  });
});
