import { act, demoTokens, receiveAtCounter, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('request to supplement (D9, C4, E2)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('stops the clock while the applicant completes the papers, and restarts it with the time that was left', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveAtCounter(platform, tokens.motcua);
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body.dueAt).toBe('2026-03-23T09:00:00+07:00');
    await act(platform, tokens.truongphong, code, 'assign');

    // The specialist proposes it; the department head confirms it on Tuesday 09:00: one working day used, 14 left.
    const proposed = await act(platform, tokens.chuyenvien, code, 'request_supplement', 'Thiếu bản vẽ mặt cắt công trình.');
    expect(proposed.body.status).toBe('processing');
    platform.clock.set(new Date('2026-03-03T09:00:00+07:00'));
    const asked = await act(platform, tokens.truongphong, code, 'request_supplement', 'Đồng ý yêu cầu bổ sung bản vẽ mặt cắt.');
    expect(asked.body).toEqual(expect.objectContaining({ status: 'supplement_requested', openTasks: [] }));
    const stopped = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    expect(stopped).toEqual(expect.objectContaining({ status: 'supplement_requested', clockStopped: true, timeliness: null }));
    expect((await platform.http.get(`/api/track/${code}`)).body.statusLabel).toBe('Yêu cầu bổ sung hồ sơ');

    // The papers arrive a week later, on Tuesday 10 March at 09:00: 14 working days from then.
    platform.clock.set(new Date('2026-03-10T09:00:00+07:00'));
    const resumed = await platform.http.post(`/api/dossiers/${code}/supplement`).set(bearer(tokens.motcua)).send({ note: 'Đã nhận bản vẽ mặt cắt.' });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toEqual(expect.objectContaining({ status: 'processing', dueAt: '2026-03-30T09:00:00+07:00' }));
    const inbox = (await platform.http.get('/api/tasks').set(bearer(tokens.chuyenvien))).body;
    expect(inbox.some((t: { dossierCode: string; taskKey: string }) => t.dossierCode === code && t.taskKey === 'examine')).toBe(true);
  });

  it('refuses a supplement for a dossier that was not asked for one', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const response = await platform.http.post(`/api/dossiers/${code}/supplement`).set(bearer(tokens.motcua)).send({});
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('WRONG_DOSSIER_STATE');
  });

  it('requires a written reason for the request', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'assign');
    expect((await act(platform, tokens.chuyenvien, code, 'request_supplement')).body.error.code).toBe('REASON_REQUIRED');
  });
});
