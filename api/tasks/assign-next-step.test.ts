import { constructionPermit } from '../../processes/construction-permit/procedure';
import { demoLogins, receiveSample, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

/**
 * Phân công thụ lý (REQUIREMENTS D5): the head of Phòng QLXD picks which of the department's two
 * specialists examines a construction permit; the other no longer sees it.
 */
describe('assigning the next step to a named officer', () => {
  let platform: TestPlatform;
  let tokens: Record<'motcua' | 'truongphong' | 'chuyenvien' | 'chuyenvien2' | 'lanhdao', string>;

  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoLogins(platform, 'motcua', 'truongphong', 'chuyenvien', 'chuyenvien2', 'lanhdao');
  });
  afterAll(() => platform.close());

  const assignees = async (taskId: number, action: string) =>
    (await platform.http.get(`/api/tasks/${taskId}/assignees?action=${action}`).set(bearer(tokens.truongphong))).body;

  it('offers the specialists of the department, least busy first, and gives the step to the one chosen', async () => {
    const first = await receiveSample(platform, tokens.motcua, constructionPermit);
    const head = await taskOf(platform, tokens.truongphong, first);
    const offered = await assignees(head.id, 'assign');
    // "assign" opens the specialist's examination: the department's two specialists, no one else.
    expect(offered.map((o: { username: string }) => o.username).sort()).toEqual(['chuyenvien', 'chuyenvien2']);
    // The head may also handle it and submit it straight to the leader: that offers the leader.
    expect((await assignees(head.id, 'submit')).map((o: { username: string }) => o.username)).toEqual(['lanhdao']);
    const binh = offered.find((o: { username: string }) => o.username === 'chuyenvien2');
    expect(binh).toEqual(expect.objectContaining({ fullName: 'Hồ Thanh Bình', departmentCode: 'QLXD', steps: ['Chuyên viên thẩm định, dự thảo kết quả'], openTasks: 0 }));

    const done = await platform.http.post(`/api/tasks/${head.id}/complete`).set(bearer(tokens.truongphong))
      .send({ action: 'assign', comment: 'Anh Bình thẩm định.', assignTo: binh.id });
    expect(done.status).toBe(200);

    // Only the chosen specialist sees the examination; it is theirs without claiming it.
    const mine = (await platform.http.get('/api/tasks?mine=true').set(bearer(tokens.chuyenvien2))).body;
    expect(mine.map((t: { dossierCode: string }) => t.dossierCode)).toContain(first);
    const other = (await platform.http.get('/api/tasks').set(bearer(tokens.chuyenvien))).body;
    expect(other.map((t: { dossierCode: string }) => t.dossierCode)).not.toContain(first);
    const history = (await platform.http.get(`/api/dossiers/${first}/history`).set(bearer(tokens.truongphong))).body;
    expect(history).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'task_completed', action: 'assign', data: expect.objectContaining({ assignedTo: { id: binh.id, name: 'Hồ Thanh Bình' } }) }),
    ]));

    // With a dossier already on Bình's desk, the next one offers Mai first.
    const second = await receiveSample(platform, tokens.motcua, constructionPermit, { sample: 1 });
    const next = await assignees((await taskOf(platform, tokens.truongphong, second)).id, 'assign');
    expect(next.map((o: { username: string; openTasks: number }) => [o.username, o.openTasks])).toEqual([['chuyenvien', 0], ['chuyenvien2', 1]]);
  });

  it('refuses an officer who cannot take the step the action opens, and keeps the task open', async () => {
    const code = await receiveSample(platform, tokens.motcua, constructionPermit);
    const head = await taskOf(platform, tokens.truongphong, code);
    const [leader] = await assignees(head.id, 'submit');
    // "assign" opens the specialist's examination, which the agency leader does not hold.
    const refused = await platform.http.post(`/api/tasks/${head.id}/complete`).set(bearer(tokens.truongphong))
      .send({ action: 'assign', assignTo: leader.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual(expect.objectContaining({
      code: 'ASSIGNEE_NOT_ELIGIBLE', details: [expect.objectContaining({ path: '/assignTo', message: expect.stringContaining('bước tiếp theo') })],
    }));
    expect((await taskOf(platform, tokens.truongphong, code)).id).toBe(head.id);

    const unknown = await platform.http.post(`/api/tasks/${head.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'assign', assignTo: 999999 });
    expect(unknown.status).toBe(422);
  });

  it('does not list candidates to an officer who cannot see the task, nor for an action the step does not offer', async () => {
    const code = await receiveSample(platform, tokens.motcua, constructionPermit);
    const head = await taskOf(platform, tokens.truongphong, code);
    expect((await platform.http.get(`/api/tasks/${head.id}/assignees?action=assign`).set(bearer(tokens.chuyenvien))).status).toBe(404);
    const notOffered = await platform.http.get(`/api/tasks/${head.id}/assignees?action=approve`).set(bearer(tokens.truongphong));
    expect(notOffered.status).toBe(422);
    expect(notOffered.body.error.code).toBe('ACTION_NOT_OFFERED');
    expect((await platform.http.get(`/api/tasks/${head.id}/assignees`).set(bearer(tokens.truongphong))).status).toBe(400);
  });
});
