import { sql } from '../db/sql';
import {
  applicant, CONSTRUCTION_AGENCY, CONSTRUCTION_PERMIT, constructionPermitData, demoTokens, startDemoPlatform,
} from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

/** A citizen as the OIDC sign-in leaves them: a row and a session token (the sign-in itself is tested in api/citizens). */
async function citizenToken(platform: TestPlatform, subject: string): Promise<string> {
  const row = await sql(platform.orm.em.fork()).one<{ id: number }>(
    `insert into citizen (subject, id_number, full_name) values (?, ?, ?) returning id`, [subject, applicant.idNumber, applicant.fullName],
  );
  return platform.app.jwt.sign({ sub: String(row!.id), ver: 0, kind: 'citizen' });
}

describe('online submission and its reception (C2, D1, D2, D4)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  let citizen: string;
  let other: string;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
    citizen = await citizenToken(platform, 'vneid-an');
    other = await citizenToken(platform, 'vneid-binh');
  });
  afterAll(() => platform.close());

  const submit = () => platform.http.post('/api/dossiers').set(bearer(citizen)).send({
    procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'online', applicant, formData: constructionPermitData, resultDelivery: 'postal',
  });

  it('waits for the desk, which must decide within 8 working hours counted from the next working hour', async () => {
    // Friday 18:00, after hours: the limit counts from Monday 07:30.
    platform.clock.set(new Date('2026-03-06T18:00:00+07:00'));
    const submitted = await submit();
    expect(submitted.status).toBe(201);
    expect(submitted.body).toEqual(expect.objectContaining({ status: 'submitted', receivedAt: null, dueAt: null }));
    const queue = (await platform.http.get('/api/reception-queue').set(bearer(tokens.motcua))).body;
    expect(queue.find((q: { code: string }) => q.code === submitted.body.code)).toEqual(expect.objectContaining({
      // Monday 07:30 plus 8 working hours of 7.5-hour days: Tuesday 08:00.
      decideBy: '2026-03-10T08:00:00+07:00', overdue: false, applicantName: applicant.fullName,
    }));

    platform.clock.set(new Date('2026-03-09T08:00:00+07:00'));
    const received = await platform.http.post(`/api/dossiers/${submitted.body.code}/receive`).set(bearer(tokens.motcua));
    expect(received.body).toEqual({ status: 'processing', receivedAt: '2026-03-09T08:00:00+07:00', dueAt: '2026-03-30T08:00:00+07:00' });
    expect((await platform.http.get(`/api/dossiers/${submitted.body.code}`).set(bearer(citizen))).body.status).toBe('processing');
  });

  it('is refused with a written reason; the citizen sees the refusal, another citizen sees nothing', async () => {
    const submitted = await submit();
    const refused = await platform.http.post(`/api/dossiers/${submitted.body.code}/refuse`).set(bearer(tokens.motcua))
      .send({ reason: 'Bản vẽ thiết kế không có chữ ký của đơn vị thiết kế.' });
    expect(refused.body.status).toBe('refused');
    expect((await platform.http.get(`/api/dossiers/${submitted.body.code}`).set(bearer(citizen))).body.statusLabel).toBe('Từ chối tiếp nhận');
    expect((await platform.http.get(`/api/dossiers/${submitted.body.code}`).set(bearer(other))).status).toBe(404);
    const again = await platform.http.post(`/api/dossiers/${submitted.body.code}/receive`).set(bearer(tokens.motcua));
    expect(again.status).toBe(409);
  });

  it('lets only citizens submit online and only officers receive at the counter', async () => {
    const officerOnline = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'online', applicant, formData: constructionPermitData,
    });
    expect(officerOnline.status).toBe(403);
    const citizenCounter = await platform.http.post('/api/dossiers').set(bearer(citizen)).send({
      procedureCode: CONSTRUCTION_PERMIT, agencyCode: CONSTRUCTION_AGENCY, channel: 'counter', applicant, formData: constructionPermitData,
    });
    expect(citizenCounter.status).toBe(403);
    expect((await platform.http.get('/api/tasks').set(bearer(citizen))).status).toBe(403);
  });

  it('records an immediate-result procedure without an appointment date (D4)', async () => {
    const response = await platform.http.post('/api/dossiers').set(bearer(tokens.motcua)).send({
      procedureCode: '2.000815', agencyCode: CONSTRUCTION_AGENCY, channel: 'counter', applicant,
      formData: { requester: { fullName: applicant.fullName, idNumber: applicant.idNumber }, documentName: 'Bằng tốt nghiệp đại học', copies: 2 },
    });
    // The demo localises certification to the communes only.
    expect(response.body.error?.code).toBe('AGENCY_NOT_IMPLEMENTING');
    const commune = await platform.http.post('/api/admin/users').set(bearer(await platform.login('admin')))
      .send({ username: 'motcua.anphu', password: 'Tamthoi@2026', fullName: 'Trần Thị Cúc', agencyCode: '000.21.01.H99', roles: ['desk_officer'] });
    expect(commune.status).toBe(201);
    const first = (await platform.http.post('/api/auth/login').send({ username: 'motcua.anphu', password: 'Tamthoi@2026' })).body.token;
    const desk = (await platform.http.post('/api/auth/change-password').set(bearer(first)).send({ currentPassword: 'Tamthoi@2026', newPassword: 'Chinhthuc@2026' })).body.token;
    const immediate = await platform.http.post('/api/dossiers').set(bearer(desk)).send({
      procedureCode: '2.000815', agencyCode: '000.21.01.H99', channel: 'counter', applicant,
      formData: { requester: { fullName: applicant.fullName, idNumber: applicant.idNumber }, documentName: 'Bằng tốt nghiệp đại học', copies: 2 },
    });
    expect(immediate.status).toBe(201);
    expect(immediate.body.dueAt).toBeNull();
    const task = (await platform.http.get('/api/tasks').set(bearer(desk))).body.find((t: { dossierCode: string }) => t.dossierCode === immediate.body.code);
    const settled = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(desk)).send({ action: 'complete' });
    expect(settled.body.status).toBe('result_ready');
  });
});
