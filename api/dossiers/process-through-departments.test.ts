import { act, demoTokens, receiveAtCounter, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

describe('a dossier through its internal process (D5, D11, D12)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
  });
  afterAll(() => platform.close());

  it('goes desk → head → specialist → head → leader (return, then approve) → clerk → desk, and closes at the return', async () => {
    platform.clock.set(new Date('2026-03-02T08:00:00+07:00'));
    const code = await receiveAtCounter(platform, tokens.motcua);

    expect((await act(platform, tokens.truongphong, code, 'assign')).body.openTasks[0]).toEqual(expect.objectContaining({ taskKey: 'examine', role: 'specialist' }));
    platform.clock.set(new Date('2026-03-03T10:00:00+07:00'));
    await act(platform, tokens.chuyenvien, code, 'submit');
    await act(platform, tokens.truongphong, code, 'approve');
    const returned = await act(platform, tokens.lanhdao, code, 'return', 'Bổ sung ý kiến thẩm định về chiều cao công trình.');
    expect(returned.body.openTasks.map((t: { taskKey: string }) => t.taskKey)).toEqual(['examine']);
    await act(platform, tokens.chuyenvien, code, 'submit');
    await act(platform, tokens.truongphong, code, 'approve');
    await act(platform, tokens.lanhdao, code, 'approve');
    platform.clock.set(new Date('2026-03-05T15:00:00+07:00'));
    const issued = await act(platform, tokens.vanthu, code, 'complete');
    expect(issued.body).toEqual(expect.objectContaining({ status: 'result_ready', openTasks: [] }));

    platform.clock.set(new Date('2026-03-06T09:15:00+07:00'));
    const closed = await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(tokens.motcua)).send({ method: 'counter' });
    expect(closed.body).toEqual(expect.objectContaining({ status: 'returned', completedAt: '2026-03-06T09:15:00+07:00' }));

    const detail = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    expect(detail).toEqual(expect.objectContaining({ status: 'returned', statusLabel: 'Đã trả kết quả', timeliness: 'early', resolvedAt: '2026-03-05T15:00:00+07:00' }));

    const history = (await platform.http.get(`/api/dossiers/${code}/history`).set(bearer(tokens.motcua))).body;
    expect(history.map((h: { kind: string; action: string | null }) => [h.kind, h.action])).toEqual([
      ['received', null], ['task_completed', 'assign'], ['task_completed', 'submit'], ['task_completed', 'approve'],
      ['task_completed', 'return'], ['task_completed', 'submit'], ['task_completed', 'approve'], ['task_completed', 'approve'],
      ['task_completed', 'complete'], ['result_returned', 'counter'],
    ]);
    expect(history[4]).toEqual(expect.objectContaining({ actor: 'Võ Minh Quang', comment: 'Bổ sung ý kiến thẩm định về chiều cao công trình.' }));
  });

  it('answers 409 to a second completion of the same task and 404 to an officer outside the task', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const task = await taskOf(platform, tokens.truongphong, code);
    const first = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'assign' });
    expect(first.status).toBe(200);
    const again = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'assign' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('TASK_NOT_OPEN');
    const next = await taskOf(platform, tokens.chuyenvien, code);
    const stranger = await platform.http.post(`/api/tasks/${next.id}/complete`).set(bearer(tokens.lanhdao)).send({ action: 'submit' });
    expect(stranger.status).toBe(404);
  });

  it('refuses an action the step does not offer, and a return without a reason', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const task = await taskOf(platform, tokens.truongphong, code);
    const wrong = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'approve' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('ACTION_NOT_OFFERED');
    const silent = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'refuse' });
    expect(silent.body.error.code).toBe('REASON_REQUIRED');
  });

  it('lets only the claimer work a claimed task', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const task = await taskOf(platform, tokens.truongphong, code);
    expect((await platform.http.post(`/api/tasks/${task.id}/claim`).set(bearer(tokens.truongphong))).status).toBe(204);
    const inbox = (await platform.http.get('/api/tasks?mine=true').set(bearer(tokens.truongphong))).body;
    expect(inbox.find((t: { id: number }) => t.id === task.id).assignee).toBe('truongphong');
  });

  it('ends a dossier that does not qualify as not resolved, with the reason in its history', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const refused = await act(platform, tokens.truongphong, code, 'refuse', 'Thửa đất nằm trong quy hoạch hành lang giao thông.');
    expect(refused.body.status).toBe('not_resolved');
    const closed = await platform.http.post(`/api/dossiers/${code}/return`).set(bearer(tokens.motcua)).send({ method: 'postal' });
    expect(closed.body.status).toBe('not_resolved');
    expect(closed.body.completedAt).not.toBeNull();
  });
});
