import { act, demoTokens, receiveAtCounter, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('withdrawal and stop (D14)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('withdraws a dossier at the applicant request: its open steps disappear from every inbox', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'assign');
    const withdrawn = await platform.http.post(`/api/dossiers/${code}/withdraw`).set(bearer(tokens.motcua)).send({ reason: 'Người nộp đề nghị rút hồ sơ để điều chỉnh thiết kế.' });
    expect(withdrawn.body.status).toBe('withdrawn');
    const inbox = (await platform.http.get('/api/tasks').set(bearer(tokens.chuyenvien))).body;
    expect(inbox.some((t: { dossierCode: string }) => t.dossierCode === code)).toBe(false);
    expect((await platform.http.get(`/api/track/${code}`)).body.statusLabel).toBe('Đã rút hồ sơ');
  });

  it('stops processing by the agency with a reason, and refuses to stop it twice', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const stopped = await platform.http.post(`/api/dossiers/${code}/stop`).set(bearer(tokens.lanhdao)).send({ reason: 'Có tranh chấp quyền sử dụng đất đang được tòa án thụ lý.' });
    expect(stopped.body.status).toBe('stopped');
    const again = await platform.http.post(`/api/dossiers/${code}/stop`).set(bearer(tokens.lanhdao)).send({ reason: 'Lặp lại thao tác dừng.' });
    expect(again.status).toBe(409);
    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(tokens.motcua))).body;
    expect(history.at(-1)).toEqual(expect.objectContaining({ kind: 'stopped', actor: 'Võ Minh Quang' }));
  });

  it('cannot withdraw a dossier whose result is ready', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'refuse', 'Không thuộc thẩm quyền cấp phép của Sở.');
    const response = await platform.http.post(`/api/dossiers/${code}/withdraw`).set(bearer(tokens.motcua)).send({ reason: 'Rút hồ sơ sau khi đã có kết quả.' });
    expect(response.status).toBe(409);
  });
});
