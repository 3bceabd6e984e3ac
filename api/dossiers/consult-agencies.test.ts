import { sql } from '../db/sql';
import { armNextReview } from './overdue-review';
import { DEMO_PASSWORD } from '../demo/province';
import { demoTokens, receiveAtCounter, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('consultation, verification visit and the daily overdue review (D6, D7, D13)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  let justiceOfficer: string;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
    const admin = await platform.login('admin', DEMO_PASSWORD).catch(() => platform.login('admin'));
    await platform.http.post('/api/admin/users').set(bearer(admin))
      .send({ username: 'tuphap.cv', password: 'Tamthoi@2026', fullName: 'Lý Thị Hạnh', agencyCode: '000.00.15.H99', roles: ['specialist'] });
    const first = await platform.http.post('/api/auth/login').send({ username: 'tuphap.cv', password: 'Tamthoi@2026' });
    justiceOfficer = (await platform.http.post('/api/auth/change-password').set(bearer(first.body.token)).send({ currentPassword: 'Tamthoi@2026', newPassword: 'Chinhthuc@2026' })).body.token;
  });
  afterAll(() => platform.close());

  it('asks another agency, alerts the desk when the reply is late, and keeps the late reply', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveAtCounter(platform, tokens.motcua);
    const asked = await platform.http.post(`/api/dossiers/${code}/consultations`).set(bearer(tokens.chuyenvien))
      .send({ agencyCodes: ['000.00.15.H99'], content: 'Đề nghị cho ý kiến về tính hợp pháp của hợp đồng ủy quyền.', deadline: '2026-03-06T17:00:00+07:00' });
    expect(asked.status).toBe(201);
    expect(await alerts()).toEqual([]);

    await platform.http.post('/api/test/clock').send({ now: '2026-03-06T17:30:00+07:00' });
    expect((await alerts()).map((a) => a.message)).toContainEqual(`Sở Tư pháp tỉnh Demo chưa trả lời lấy ý kiến về hồ sơ ${code} đúng hạn.`);

    const reply = await platform.http.post(`/api/consultations/${asked.body.id}/reply`).set(bearer(justiceOfficer)).send({ reply: 'Hợp đồng ủy quyền hợp lệ.' });
    expect(reply.body).toEqual({ late: true });
    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(tokens.motcua))).body;
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['consultation_requested', 'consultation_replied']));
  });

  it('records a verification visit with time, place, participants and content', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const visit = await platform.http.post(`/api/dossiers/${code}/verification-visits`).set(bearer(tokens.chuyenvien)).send({
      visitedAt: '2026-03-04T09:30:00+07:00', place: 'Thửa đất số 112, tờ bản đồ số 21, xã An Phú',
      participants: ['Phạm Thị Mai (chuyên viên)', 'Nguyễn Văn An (chủ đầu tư)'], content: 'Kiểm tra hiện trạng và ranh giới thửa đất.', conclusion: 'Hiện trạng phù hợp hồ sơ.',
    });
    expect(visit.status).toBe(201);
    const rows = await sql(platform.orm.em.fork()).all<{ participants: string[] }>('select participants from verification_visit where id = ?', [visit.body.id]);
    expect(rows[0].participants).toEqual(['Phạm Thị Mai (chuyên viên)', 'Nguyễn Văn An (chủ đầu tư)']);
  });

  it('reviews overdue dossiers at 10:30 on working days and alerts the one-stop desk', async () => {
    // The review was armed at start for the real date; arm it again from the test's April morning.
    platform.clock.set(new Date('2026-04-01T09:00:00+07:00'));
    const em = platform.orm.em.fork();
    await armNextReview(sql(em), await platform.app.calendars.current(em), platform.clock.now());
    await platform.http.post('/api/test/clock').send({ now: '2026-04-01T10:31:00+07:00' });
    expect((await alerts()).some((a) => a.kind === 'overdue_review' && /hồ sơ đã quá ngày hẹn trả/.test(a.message))).toBe(true);
    const overdue = (await platform.http.get('/api/dossiers/overdue').set(bearer(tokens.motcua))).body;
    expect(overdue.length).toBeGreaterThan(0);
  });

  async function alerts(): Promise<{ kind: string; message: string }[]> {
    return (await platform.http.get('/api/alerts').set(bearer(tokens.motcua))).body;
  }
});
