import { act, demoLogins, receiveSample, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';
import { criminalRecord } from './procedure';

/** Cấp Phiếu lý lịch tư pháp at Sở Tư pháp, with the record looked up by Công an tỉnh on the platform (D8). */
describe('criminal-record certificate', () => {
  let platform: TestPlatform;
  let officers: Record<'motcuatp' | 'lltp' | 'congan' | 'lanhdaotp' | 'vanthutp' | 'chuyenvien', string>;
  const declared = criminalRecord.samples[0].formData;
  const policeReply = { checkedOn: '2026-03-06', hasConviction: false };
  const certificate = { number: '1024/STP-LLTP', issuedOn: '2026-03-10' };

  beforeAll(async () => {
    platform = await startDemoPlatform();
    officers = await demoLogins(platform, 'motcuatp', 'lltp', 'congan', 'lanhdaotp', 'vanthutp', 'chuyenvien');
  });
  afterAll(() => platform.close());

  const seen = async (token: string, code: string) => (await platform.http.get(`/api/dossiers/${code}`).set(bearer(token))).status;

  it('asks the provincial police, who answer in their own inbox, and is issued within 10 working days', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveSample(platform, officers.motcuatp, criminalRecord);
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuatp))).body.dueAt).toBe('2026-03-16T09:00:00+07:00');
    // Neither the police nor another department's specialist may read it before it is handed to them.
    expect(await seen(officers.congan, code)).toBe(404);
    expect(await seen(officers.chuyenvien, code)).toBe(404);

    const asked = await act(platform, officers.lltp, code, 'submit', 'Đề nghị Công an tỉnh tra cứu thông tin án tích.');
    expect(asked.body.openTasks).toEqual([expect.objectContaining({ taskKey: 'police_lookup' })]);
    const lookup = await taskOf(platform, officers.congan, code);
    expect(lookup.taskKey).toBe('police_lookup');

    // The police see whom to look up, not the certificate; they record their answer only.
    const asSeen = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.congan))).body;
    expect(asSeen.formData.requester.fullName).toBe('Nguyễn Minh Khoa');
    expect(Object.keys(asSeen.formData).sort()).toEqual(['parents', 'requester', 'residenceHistory']);
    const policeView = asSeen.formData;
    platform.clock.set(new Date('2026-03-06T14:00:00+07:00'));
    const answered = await act(platform, officers.congan, code, 'complete', 'Không có thông tin án tích.', { ...policeView, policeReply });
    expect(answered.status).toBe(200);
    expect(answered.body.openTasks).toEqual([expect.objectContaining({ taskKey: 'draft_certificate' })]);

    // Sở Tư pháp drafts the certificate; the leader sends it back once, then signs.
    await act(platform, officers.lltp, code, 'submit', undefined, { ...declared, policeReply, certificate: { ...certificate, number: '1024' } })
      .then((response) => expect(response.body.error.details).toEqual([expect.objectContaining({ path: '/formData/certificate/number' })]));
    await act(platform, officers.lltp, code, 'submit', undefined, { ...declared, policeReply, certificate });
    expect((await act(platform, officers.lanhdaotp, code, 'return', 'Ghi rõ mục đích sử dụng trên Phiếu.')).body.openTasks)
      .toEqual([expect.objectContaining({ taskKey: 'draft_certificate' })]);
    await act(platform, officers.lltp, code, 'submit', 'Đã bổ sung mục đích sử dụng.', { ...declared, policeReply, certificate });
    await act(platform, officers.lanhdaotp, code, 'approve');
    platform.clock.set(new Date('2026-03-10T15:00:00+07:00'));
    expect((await act(platform, officers.vanthutp, code, 'complete')).body.status).toBe('result_ready');
    expect((await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(officers.motcuatp)).send({ method: 'postal' })).status).toBe(200);

    const closed = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuatp))).body;
    expect(closed).toEqual(expect.objectContaining({ status: 'returned', timeliness: 'early' }));
    expect(closed.formData).toEqual(expect.objectContaining({ policeReply, certificate }));
    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(officers.motcuatp))).body as { actor: string; comment: string | null }[];
    expect(history).toContainEqual(expect.objectContaining({ actor: 'Trịnh Văn Bảo', comment: 'Không có thông tin án tích.' }));
  });
});
