import { demoTokens, receiveAtCounter, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('extension with an apology (D10)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('sets a new appointment date, keeps the dossier open and records the apology', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveAtCounter(platform, tokens.motcua);
    platform.clock.set(new Date('2026-03-24T09:00:00+07:00'));
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body.timeliness).toBe('overdue');

    const extended = await platform.http.post(`/api/dossiers/${code}/extend`).set(bearer(tokens.motcua))
      .send({ newDueAt: '2026-03-31T16:00:00+07:00', reason: 'Cần thêm thời gian lấy ý kiến cơ quan quản lý quy hoạch.' });
    expect(extended.status).toBe(200);
    expect(extended.body).toEqual(expect.objectContaining({ status: 'processing', dueAt: '2026-03-31T16:00:00+07:00' }));
    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(tokens.motcua))).body;
    expect(history.at(-1)).toEqual(expect.objectContaining({ kind: 'extended', comment: 'Cần thêm thời gian lấy ý kiến cơ quan quản lý quy hoạch.' }));
    const review = (await platform.http.get('/api/dossiers/overdue').set(bearer(tokens.motcua))).body;
    expect(review.find((d: { code: string }) => d.code === code)).toBeUndefined();
    // On the morning of 31 March the new date is within one working day: listed, not yet overdue.
    platform.clock.set(new Date('2026-03-31T09:00:00+07:00'));
    const dueSoon = (await platform.http.get('/api/dossiers/overdue').set(bearer(tokens.motcua))).body;
    expect(dueSoon.find((d: { code: string }) => d.code === code)).toEqual(expect.objectContaining({ overdue: false }));
  });

  it('refuses a new date that is not later, and officers without the right', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const earlier = await platform.http.post(`/api/dossiers/${code}/extend`).set(bearer(tokens.motcua)).send({ newDueAt: '2026-01-01T09:00:00+07:00', reason: 'Lý do bất kỳ' });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.details[0].path).toBe('/newDueAt');
    const specialist = await platform.http.post(`/api/dossiers/${code}/extend`).set(bearer(tokens.chuyenvien)).send({ newDueAt: '2026-12-01T09:00:00+07:00', reason: 'Lý do bất kỳ' });
    expect(specialist.status).toBe(403);
  });
});
