import { demoTokens, receiveAtCounter, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

/** A second department head of the same department, signed in with a permanent password. */
async function secondHead(platform: TestPlatform): Promise<string> {
  const created = await platform.http.post('/api/admin/users').set(bearer(await platform.login('admin'))).send({
    username: 'truongphong2', password: 'Tamthoi@2026', fullName: 'Đỗ Quốc Bảo', agencyCode: '000.00.14.H99', departmentCode: 'QLXD',
    roles: ['department_head'],
  });
  expect(created.status).toBe(201);
  const first = (await platform.http.post('/api/auth/login').send({ username: 'truongphong2', password: 'Tamthoi@2026' })).body.token;
  const changed = await platform.http.post('/api/auth/change-password').set(bearer(first))
    .send({ currentPassword: 'Tamthoi@2026', newPassword: 'Chinhthuc@2026' });
  return changed.body.token as string;
}

describe('two officers on the same task: the second hears who got there first (409)', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  let other: string;
  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
    other = await secondHead(platform);
  });
  afterAll(() => platform.close());

  it('names the officer who completed the step, and when', async () => {
    platform.clock.set(new Date('2026-03-02T08:00:00+07:00'));
    const code = await receiveAtCounter(platform, tokens.motcua);
    const task = await taskOf(platform, tokens.truongphong, code);
    platform.clock.set(new Date('2026-03-02T09:30:00+07:00'));
    expect((await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'assign' })).status).toBe(200);

    const late = await platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(other)).send({ action: 'assign' });
    expect(late.status).toBe(409);
    expect(late.body.error).toEqual(expect.objectContaining({
      code: 'TASK_NOT_OPEN',
      message: 'Hồ sơ đã được Lê Văn Hùng xử lý ở bước “Lãnh đạo phòng xem xét, phân công thụ lý” lúc 09:30 02/03/2026.',
      details: [{ path: '/task', message: 'Lê Văn Hùng', code: 'COMPLETED_BY' }],
    }));
  });

  it('names the officer who claimed the step, for a claim and for a completion', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const task = await taskOf(platform, tokens.truongphong, code);
    expect((await platform.http.post(`/api/tasks/${task.id}/claim`).set(bearer(other))).status).toBe(204);

    for (const attempt of [
      platform.http.post(`/api/tasks/${task.id}/claim`).set(bearer(tokens.truongphong)),
      platform.http.post(`/api/tasks/${task.id}/complete`).set(bearer(tokens.truongphong)).send({ action: 'assign' }),
    ]) {
      const refused = await attempt;
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('TASK_CLAIMED');
      expect(refused.body.error.message).toBe('Hồ sơ đã được Đỗ Quốc Bảo nhận xử lý ở bước “Lãnh đạo phòng xem xét, phân công thụ lý”.');
    }
  });

  it('tells each officer in the dossier view whether they may work its open step', async () => {
    const code = await receiveAtCounter(platform, tokens.motcua);
    const task = await taskOf(platform, tokens.truongphong, code);
    const before = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(other))).body;
    expect(before.openTasks).toEqual([expect.objectContaining({
      id: task.id, taskKey: 'head_assign', workable: true, formView: 'approval', actions: ['assign', 'submit', 'request_supplement', 'refuse'],
    })]);
    await platform.http.post(`/api/tasks/${task.id}/claim`).set(bearer(tokens.truongphong));
    const after = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(other))).body;
    expect(after.openTasks[0]).toEqual(expect.objectContaining({ workable: false, assignee: 'truongphong', assigneeName: 'Lê Văn Hùng' }));
    const desk = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    expect(desk.openTasks[0].workable).toBe(false);
    expect(desk.procedureVersion).toEqual(expect.any(Number));
  });
});
