import { act, constructionPermitData, demoTokens, receiveAtCounter, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

/** Each step edits only what its form view opens (B1, B3); the API enforces it. */
describe('the e-form at a processing step', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  const appraisal = { inspectedOn: '2026-03-04', conclusion: 'eligible', opinion: 'Công trình phù hợp quy hoạch.' };

  it('lets the specialist record the appraisal, and keeps it on the dossier', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'assign');
    const task = await taskOf(platform, tokens.chuyenvien, code);
    const done = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.chuyenvien))
      .send({ action: 'submit', formData: { ...constructionPermitData, appraisal } });
    expect(done.status).toBe(200);
    const detail = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    expect(detail.formData.appraisal).toEqual(appraisal);
    expect(detail.formData.works).toEqual(constructionPermitData.works);
  });

  it('refuses a change to a field the step cannot edit, naming it, and saves nothing', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'assign');
    const task = await taskOf(platform, tokens.chuyenvien, code);
    const response = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.chuyenvien)).send({
      action: 'submit', formData: { ...constructionPermitData, works: { ...constructionPermitData.works, floors: 5 }, appraisal },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORM_FIELD_LOCKED');
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain('/formData/works/floors');
    expect((await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body.formData.works.floors).toBe(3);
    expect((await taskOf(platform, tokens.chuyenvien, code)).id).toBe(task.id);
  });

  it('refuses an incomplete appraisal with the missing field named in Vietnamese', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    await act(platform, tokens.truongphong, code, 'assign');
    const task = await taskOf(platform, tokens.chuyenvien, code);
    const response = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.chuyenvien))
      .send({ action: 'submit', formData: { ...constructionPermitData, appraisal: { inspectedOn: '2026-03-04' } } });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([expect.objectContaining({ path: '/formData/appraisal/conclusion', message: expect.stringContaining('Kết luận thẩm định') })]);
  });
});
