import { DEMO_PASSWORD } from '../demo/province';
import { startDemoPlatform } from '../../test/support/demo-dossiers';
import type { TestPlatform } from '../../test/support/platform';

describe('a designer checks a flow condition while typing it (POST /api/admin/feel/check)', () => {
  let platform: TestPlatform;
  let designer: string;
  const check = (token: string, expression: string) =>
    platform.http.post('/api/admin/feel/check').set('Authorization', `Bearer ${token}`).send({ expression });

  beforeAll(async () => {
    platform = await startDemoPlatform();
    designer = await platform.login('thietke', DEMO_PASSWORD);
  }, 60_000);
  afterAll(() => platform.close());

  it('accepts a FEEL condition over the process variables, with or without the leading "="', async () => {
    for (const expression of ['action = "approve"', '= area > 250 and permitKind = "new"', 'not(action = "refuse")']) {
      const answer = await check(designer, expression);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ valid: true });
    }
  });

  it('names what is wrong with a half-typed expression, in Vietnamese', async () => {
    const answer = await check(designer, 'action = "approve" and');
    expect(answer.status).toBe(200);
    expect(answer.body.valid).toBe(false);
    expect(answer.body.message).toMatch(/^Không phải biểu thức FEEL hợp lệ: lỗi cú pháp FEEL tại vị trí \d+\.$/);
    expect((await check(designer, '   ')).body).toEqual({ valid: false, message: 'Không phải biểu thức FEEL hợp lệ: biểu thức trống.' });
  });

  it('refuses what deployment refuses: the machine clock and JUEL', async () => {
    expect((await check(designer, 'now() > dueAt')).body.message).toContain('now() hoặc today()');
    expect((await check(designer, '${action == "approve"}')).body.message).toContain('JUEL');
  });

  it('is for designers only', async () => {
    const desk = await platform.login('motcua', DEMO_PASSWORD);
    expect((await check(desk, 'true')).status).toBe(403);
    expect((await platform.http.post('/api/admin/feel/check').send({ expression: 'true' })).status).toBe(401);
  });
});
