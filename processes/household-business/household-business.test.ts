import { act, demoLogins, receiveSample, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';
import { householdBusiness } from './procedure';

/** Đăng ký thành lập hộ kinh doanh at xã An Phú: desk → Phòng Kinh tế → commune leader, 3 working days. */
describe('household business registration', () => {
  let platform: TestPlatform;
  let officers: Record<'motcuaxa' | 'kinhte' | 'hotich' | 'chutichxa', string>;
  const registration = { number: '94A8001234', registeredOn: '2026-03-04' };

  beforeAll(async () => {
    platform = await startDemoPlatform();
    officers = await demoLogins(platform, 'motcuaxa', 'kinhte', 'hotich', 'chutichxa');
  });
  afterAll(() => platform.close());

  const inboxHas = async (token: string, code: string) =>
    ((await platform.http.get('/api/tasks').set(bearer(token))).body as { dossierCode: string }[]).some((t) => t.dossierCode === code);

  it('is registered within 3 working days, after a supplement, by the economic office and the commune leader', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveSample(platform, officers.motcuaxa, householdBusiness);
    expect(code).toMatch(/^000\.21\.01\.H99-260302-\d{4}$/);
    const received = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuaxa))).body;
    expect(received).toEqual(expect.objectContaining({ status: 'processing', dueAt: '2026-03-05T09:00:00+07:00' }));

    // The step names the economic office: the civil-status officer of the same commune does not get it.
    expect(await inboxHas(officers.kinhte, code)).toBe(true);
    expect(await inboxHas(officers.hotich, code)).toBe(false);

    const asked = await act(platform, officers.kinhte, code, 'request_supplement', 'Bổ sung biên bản họp thành viên hộ gia đình.');
    expect(asked.body.status).toBe('supplement_requested');
    platform.clock.set(new Date('2026-03-03T09:00:00+07:00'));
    expect((await platform.http.post(`/api/dossiers/${code}/supplement`).set(bearer(officers.motcuaxa)).send({ note: 'Đã nhận biên bản họp.' })).status).toBe(200);

    // The officer records the registration number in the form as their step shows it, and may change nothing the owner declared.
    const declared = householdBusiness.samples[0].formData;
    const locked = await act(platform, officers.kinhte, code, 'submit', undefined, { ...declared, business: { ...declared.business, capital: 1 } });
    expect(locked.status).toBe(403);
    expect(locked.body.error.code).toBe('FORM_FIELD_LOCKED');
    const malformed = await act(platform, officers.kinhte, code, 'submit', undefined, { ...declared, registration: { ...registration, number: 'HKD-1' } });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details).toEqual([expect.objectContaining({ path: '/formData/registration/number', message: expect.stringContaining('Mã số đăng ký hộ kinh doanh') })]);
    expect((await act(platform, officers.kinhte, code, 'submit', undefined, { ...declared, registration })).body.openTasks)
      .toEqual([expect.objectContaining({ taskKey: 'leader_sign' })]);

    platform.clock.set(new Date('2026-03-04T10:00:00+07:00'));
    expect((await act(platform, officers.chutichxa, code, 'approve')).body.status).toBe('result_ready');
    const returned = await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(officers.motcuaxa)).send({ method: 'counter' });
    expect(returned.status).toBe(200);
    const closed = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuaxa))).body;
    expect(closed).toEqual(expect.objectContaining({ status: 'returned', timeliness: 'early', resolvedAt: '2026-03-04T10:00:00+07:00' }));
    expect(closed.formData.registration).toEqual(registration);
  });

  it('ends as not resolved when the economic office refuses the registration', async () => {
    const code = await receiveSample(platform, officers.motcuaxa, householdBusiness, { sample: 1, channel: 'counter' });
    const refused = await act(platform, officers.kinhte, code, 'refuse', 'Tên hộ kinh doanh trùng với hộ kinh doanh đã đăng ký trên địa bàn xã.');
    expect(refused.body.status).toBe('not_resolved');
    // The notice of non-resolution goes by post: the applicant left no address, so the desk must give one.
    const returnByPost = (body: object) => platform.http.post(`/api/dossiers/${code}/return`).set(bearer(officers.motcuaxa)).send({ method: 'postal', ...body });
    const noAddress = await returnByPost({});
    expect(noAddress.status).toBe(400);
    expect(noAddress.body.error.details).toEqual([expect.objectContaining({ path: '/address' })]);
    const posted = await returnByPost({ address: 'Ấp Phú Lợi, Xã An Phú, Tỉnh Demo' });
    expect(posted.body).toEqual(expect.objectContaining({ status: 'not_resolved', trackingNumber: expect.stringMatching(/^EB\d{9}VN$/) }));
  });
});
