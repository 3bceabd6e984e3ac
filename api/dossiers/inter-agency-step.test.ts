import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicant, demoTokens, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

/** A step performed by another agency on the platform (bước liên thông, D8). */
describe('inter-agency step', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  let justice: string;
  const xml = readFileSync(join(__dirname, 'inter-agency-step.bpmn'), 'utf8');

  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
    const admin = await platform.login('admin');
    await platform.http.post('/api/admin/users').set(bearer(admin))
      .send({ username: 'tuphap.cv', password: 'Tamthoi@2026', fullName: 'Lý Thị Hạnh', agencyCode: '000.00.15.H99', roles: ['specialist'] });
    const first = (await platform.http.post('/api/auth/login').send({ username: 'tuphap.cv', password: 'Tamthoi@2026' })).body.token;
    justice = (await platform.http.post('/api/auth/change-password').set(bearer(first)).send({ currentPassword: 'Tamthoi@2026', newPassword: 'Chinhthuc@2026' })).body.token;

    const designer = await platform.login('thietke', 'TinhDemo@2026');
    expect((await platform.http.post('/api/admin/process-definitions').set(bearer(designer)).send({ key: 'inter-agency', bpmnXml: xml })).status).toBe(201);
    const control = await platform.login('kiemsoat', 'TinhDemo@2026');
    const steps: [string, object][] = [
      ['/api/admin/procedures', {
        code: 'TEST.LIENTHONG', name: 'Thủ tục thử có bước liên thông', sectorCode: 'XD', agencyCodes: ['000.00.14.H99'], processKey: 'inter-agency',
        processingTime: { value: 10, unit: 'working_days' }, serviceLevel: 'offline',
        formSchema: { type: 'object', properties: {} }, components: [{ code: 'DON', name: 'Đơn', required: true }], fees: [],
      }],
      ['/api/admin/procedures/TEST.LIENTHONG/test-runs', { outcome: 'passed' }],
      ['/api/admin/procedures/TEST.LIENTHONG/publish', { decision: { number: '02/QĐ-UBND', date: '2026-01-05' } }],
    ];
    for (const [url, body] of steps) expect((await platform.http.post(url).set(bearer(control)).send(body)).status).toBeLessThan(300);
  });
  afterAll(() => platform.close());

  it('puts the other agency step in that agency inbox, which then reads the dossier', async () => {
    const received = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: 'TEST.LIENTHONG', agencyCode: '000.00.14.H99', channel: 'counter', applicant, formData: {},
    });
    const code = received.body.code as string;
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(justice))).status).toBe(404);

    const examine = await taskOf(platform, tokens.chuyenvien, code);
    const handed = await platform.http.post(`/api/tasks/${examine.id}/complete`).set(bearer(tokens.chuyenvien)).send({ action: 'submit' });
    expect(handed.body.openTasks).toEqual([expect.objectContaining({ taskKey: 'justice_opinion' })]);

    const inboxHere = (await platform.http.get('/api/tasks').set(bearer(tokens.chuyenvien))).body;
    expect(inboxHere.some((t: { dossierCode: string }) => t.dossierCode === code)).toBe(false);
    const opinion = await taskOf(platform, justice, code);
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(justice))).body.code).toBe(code);
    const done = await platform.http.post(`/api/tasks/${opinion.id}/complete`).set(bearer(justice)).send({ action: 'submit' });
    expect(done.body.status).toBe('result_ready');
  });

  it('refuses a diagram that hands a step to an agency that does not exist', async () => {
    const designer = await platform.login('thietke', 'TinhDemo@2026');
    const broken = xml.replace('tthc:agency="000.00.15.H99"', 'tthc:agency="999.99.99.X00"');
    const response = await platform.http.post('/api/admin/process-definitions').set(bearer(designer)).send({ key: 'inter-agency-broken', bpmnXml: broken });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([expect.objectContaining({ path: 'justice_opinion', code: 'UNKNOWN_AGENCY' })]);
  });
});
