import { act, demoLogins, receiveSample, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';
import { certifiedCopy } from './procedure';

/** Chứng thực bản sao từ bản chính at xã An Phú: settled at the desk on the spot (D4). */
describe('certified copy', () => {
  let platform: TestPlatform;
  let officers: Record<'motcuaxa' | 'motcua', string>;

  beforeAll(async () => {
    platform = await startDemoPlatform();
    officers = await demoLogins(platform, 'motcuaxa', 'motcua');
  });
  afterAll(() => platform.close());

  it('is certified and returned at the desk within minutes, with no appointment slip', async () => {
    platform.clock.set(new Date('2026-03-02T14:10:00+07:00'));
    const code = await receiveSample(platform, officers.motcuaxa, certifiedCopy, { sample: 1 });
    const received = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuaxa))).body;
    expect(received).toEqual(expect.objectContaining({ status: 'processing', dueAt: null }));
    expect(received.openTasks).toEqual([expect.objectContaining({ taskKey: 'desk_settle', role: 'desk_officer', workable: true })]);
    // The commune's papers are the commune's: the department's desk officer does not see them.
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcua))).status).toBe(404);

    platform.clock.set(new Date('2026-03-02T14:25:00+07:00'));
    expect((await act(platform, officers.motcuaxa, code, 'complete')).body.status).toBe('result_ready');
    expect((await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(officers.motcuaxa)).send({ method: 'counter' })).status).toBe(200);
    const closed = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(officers.motcuaxa))).body;
    // No appointment was given, so there is no date to be early or late against.
    expect(closed).toEqual(expect.objectContaining({ status: 'returned', resolvedAt: '2026-03-02T14:25:00+07:00', timeliness: null }));
  });

  it('ends as not resolved when the original may not serve as a basis for a copy', async () => {
    const code = await receiveSample(platform, officers.motcuaxa, certifiedCopy, { sample: 2 });
    const refused = await act(platform, officers.motcuaxa, code, 'refuse', 'Bản chính bị tẩy xóa, sửa chữa nội dung.');
    expect(refused.body.status).toBe('not_resolved');
  });
});
