import { act, demoTokens, receiveSample, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';
import { constructionPermit } from './procedure';

/** Cấp giấy phép xây dựng nhà ở riêng lẻ at Sở Xây dựng: received by post, through three departments, 15 working days. */
describe('construction permit', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  const declared = constructionPermit.samples[1].formData;
  const appraisal = { inspectedOn: '2026-03-05', conclusion: 'eligible', opinion: 'Công trình phù hợp quy hoạch chi tiết; bảo đảm khoảng lùi 2,4 m.' };

  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('goes from the post office to the construction office, the leader and the office clerk, and back by post', async () => {
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const code = await receiveSample(platform, tokens.buuchinh, constructionPermit, { sample: 1, channel: 'postal' });
    const received = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.buuchinh))).body;
    expect(received).toEqual(expect.objectContaining({ channel: 'postal', dueAt: '2026-03-23T09:00:00+07:00' }));

    await act(platform, tokens.truongphong, code, 'assign', 'Giao chị Mai thẩm định, kiểm tra thực địa.');
    platform.clock.set(new Date('2026-03-05T16:00:00+07:00'));
    expect((await act(platform, tokens.chuyenvien, code, 'submit', undefined, { ...declared, appraisal })).status).toBe(200);
    await act(platform, tokens.truongphong, code, 'approve');
    await act(platform, tokens.lanhdao, code, 'approve');
    platform.clock.set(new Date('2026-03-09T08:30:00+07:00'));
    expect((await act(platform, tokens.vanthu, code, 'complete')).body.status).toBe('result_ready');
    expect((await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(tokens.motcua)).send({ method: 'postal' })).status).toBe(200);

    const closed = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    expect(closed).toEqual(expect.objectContaining({ status: 'returned', timeliness: 'early', resolvedAt: '2026-03-09T08:30:00+07:00' }));
    expect(closed.formData.appraisal).toEqual(appraisal);
    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(tokens.motcua))).body as { actor: string }[];
    expect(history.map((entry) => entry.actor)).toEqual([
      'Trần Văn Bưu', 'Lê Văn Hùng', 'Phạm Thị Mai', 'Lê Văn Hùng', 'Võ Minh Quang', 'Đặng Thị Hoa', 'Nguyễn Thị Lan',
    ]);
  });
});
