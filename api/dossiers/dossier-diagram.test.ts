import { simplePdf } from '../documents/testing/files';
import { binary, officerToken } from '../documents/testing/dossier-fixture';
import { act, demoTokens, receiveAtCounter, startDemoPlatform } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('an officer reads the diagram a dossier runs on, with the path it took (D12)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('gives the BPMN version and the steps so far, oldest first, to officers without the designer role', async () => {
    platform.clock.set(new Date('2026-03-02T08:00:00+07:00'));
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'assign');
    await act(platform, tokens.chuyenvien, code, 'submit');

    const response = await platform.http.get(`/api/dossiers/${code}/diagram`).set(bearer(tokens.chuyenvien));
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.objectContaining({ processVersion: expect.any(Number), waiting: [], ended: false, outcome: null }));
    expect(response.body.bpmnXml).toContain('id="head_review"');
    expect(response.body.steps.map((s: { taskKey: string; status: string; action: string | null }) => [s.taskKey, s.status, s.action])).toEqual([
      ['head_assign', 'completed', 'assign'], ['examine', 'completed', 'submit'], ['head_review', 'open', null],
    ]);
    // The designers' route stays closed to them.
    const designerRoute = await platform.http.get(`/api/admin/process-definitions/${response.body.processKey}/versions/${response.body.processVersion}`)
      .set(bearer(tokens.chuyenvien));
    expect(designerRoute.status).toBe(403);
  });

  it('shows what a dossier waits for, and the outcome once the process ended', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'request_supplement', 'Thiếu bản vẽ mặt bằng tầng 2.');
    const waiting = (await platform.http.get(`/api/dossiers/${code}/diagram`).set(bearer(tokens.motcua))).body;
    expect(waiting.waiting).toEqual(['wait_supplement']);

    const refused = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, refused, 'refuse', 'Công trình nằm trong hành lang bảo vệ đê điều.');
    const ended = (await platform.http.get(`/api/dossiers/${refused}/diagram`).set(bearer(tokens.motcua))).body;
    expect(ended).toEqual(expect.objectContaining({ ended: true, outcome: 'not_resolved', waiting: [] }));
  });

  it('hides the diagram of a dossier outside the officer\'s agency (404)', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const justice = await officerToken(platform, 'chuyenvien.tuphap', '000.00.15.H99', ['specialist']);
    const outsider = await platform.http.get(`/api/dossiers/${code}/diagram`).set(bearer(justice));
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe('DOSSIER_NOT_FOUND');
  });

  it('serves a scan inline when the workspace asks for it, as a download otherwise', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const pdf = await simplePdf('Ban ve mat bang');
    const stored = await platform.http.post(`/api/dossiers/${code}/attachments`).set(bearer(tokens.motcua))
      .field('componentCode', 'BAN_VE_THIET_KE').attach('file', pdf, 'Bản vẽ mặt bằng.pdf');
    expect(stored.status).toBe(201);
    const url = `/api/dossiers/${code}/attachments/${stored.body.id}`;
    const inline = await platform.http.get(`${url}?inline=true`).set(bearer(tokens.chuyenvien)).buffer(true).parse(binary);
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(inline.body.equals(pdf)).toBe(true);
    const download = await platform.http.get(url).set(bearer(tokens.chuyenvien)).buffer(true).parse(binary);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });
});
