import { CONSTRUCTION_PERMIT, act, demoTokens, receiveAtCounter, startDemoPlatform, taskOf } from '../../test/support/demo-dossiers';
import { bearer, type TestPlatform } from '../../test/support/platform';

/** Monday 2 March 2026 and the days after, Vietnam time. */
const at = (day: string, time: string) => new Date(`2026-03-${day}T${time}:00+07:00`);

describe('the inbox filters, pages and counts on the server', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  /** Three dossiers at the specialist's appraisal (3 working days), assigned at different times. */
  const codes: Record<'early' | 'afternoon' | 'tuesday', string> = { early: '', afternoon: '', tuesday: '' };

  const inbox = async (token: string, query: Record<string, string | number | boolean> = {}) => {
    const response = await platform.http.get('/api/tasks').query(query).set(bearer(token));
    expect(response.status).toBe(200);
    return { codes: (response.body as { dossierCode: string }[]).map((t) => t.dossierCode), total: Number(response.headers['x-total-count']), body: response.body };
  };
  const summary = async (token: string, query: Record<string, string> = {}) => {
    const response = await platform.http.get('/api/tasks/summary').query(query).set(bearer(token));
    expect(response.status).toBe(200);
    return response.body;
  };
  const assignedAt = async (when: Date) => {
    platform.clock.set(when);
    const code = await receiveAtCounter(platform, tokens.motcua);
    expect((await act(platform, tokens.truongphong, code, 'assign')).status).toBe(200);
    return code;
  };

  beforeAll(async () => {
    platform = await startDemoPlatform();
    tokens = await demoTokens(platform);
    codes.early = await assignedAt(at('02', '08:00'));
    codes.afternoon = await assignedAt(at('02', '14:00'));
    codes.tuesday = await assignedAt(at('03', '09:00'));
  });
  afterAll(() => platform.close());

  it('colours by working time left: due soon is at most 4 working hours, counted over the lunch break', async () => {
    // Thursday 08:00: the early dossier is due this very minute, the afternoon one has exactly
    // 4 working hours left (08:00–11:30 and 13:30–14:00), Tuesday's one until Friday.
    platform.clock.set(at('05', '08:00'));
    expect((await summary(tokens.chuyenvien)).timeLeft).toEqual({ overdue: 0, due_soon: 2, on_time: 1, no_deadline: 0 });
    expect((await inbox(tokens.chuyenvien, { timeLeft: 'due_soon' })).codes).toEqual([codes.early, codes.afternoon]);

    platform.clock.set(at('05', '08:01'));
    expect((await summary(tokens.chuyenvien)).timeLeft).toEqual({ overdue: 1, due_soon: 1, on_time: 1, no_deadline: 0 });
    const overdue = await inbox(tokens.chuyenvien, { timeLeft: 'overdue' });
    expect(overdue).toEqual(expect.objectContaining({ codes: [codes.early], total: 1 }));
    expect(overdue.body[0]).toEqual(expect.objectContaining({ timeLeft: 'overdue', dueAt: '2026-03-05T08:00:00+07:00', dossierStatus: 'processing' }));
    expect((await inbox(tokens.chuyenvien, { timeLeft: 'due_soon' })).codes).toEqual([codes.afternoon]);
    expect((await inbox(tokens.chuyenvien, { timeLeft: 'on_time' })).codes).toEqual([codes.tuesday]);
    expect((await inbox(tokens.chuyenvien, { timeLeft: 'no_deadline' })).codes).toEqual([]);
  });

  it('pages in due order with the total of every page in X-Total-Count', async () => {
    platform.clock.set(at('05', '08:01'));
    expect(await inbox(tokens.chuyenvien, { page: 1, pageSize: 2 })).toEqual(expect.objectContaining({ codes: [codes.early, codes.afternoon], total: 3 }));
    expect(await inbox(tokens.chuyenvien, { page: 2, pageSize: 2 })).toEqual(expect.objectContaining({ codes: [codes.tuesday], total: 3 }));
    expect(await inbox(tokens.chuyenvien, { page: 3, pageSize: 2 })).toEqual(expect.objectContaining({ codes: [], total: 3 }));
  });

  it('finds a dossier by any part of its code, in any case, and takes wildcards literally', async () => {
    const tuesday = codes.tuesday.slice(codes.tuesday.indexOf('-') - 3).toLowerCase(); // "h99-260303-…"
    expect((await inbox(tokens.chuyenvien, { q: tuesday })).codes).toEqual([codes.tuesday]);
    expect((await inbox(tokens.chuyenvien, { q: codes.early.slice(0, 8) })).total).toBe(3);
    expect((await inbox(tokens.chuyenvien, { q: '%' })).codes).toEqual([]);
    expect((await inbox(tokens.chuyenvien, { q: '_' })).codes).toEqual([]);
  });

  it('narrows by procedure, dossier status, due date and own claims', async () => {
    platform.clock.set(at('05', '08:01'));
    expect((await inbox(tokens.chuyenvien, { procedureCode: CONSTRUCTION_PERMIT })).total).toBe(3);
    expect((await inbox(tokens.chuyenvien, { procedureCode: '9.999999' })).total).toBe(0);
    expect((await inbox(tokens.chuyenvien, { dossierStatus: 'processing' })).total).toBe(3);
    expect((await inbox(tokens.chuyenvien, { dossierStatus: 'supplement_requested' })).total).toBe(0);
    expect((await inbox(tokens.chuyenvien, { dueBefore: '2026-03-05T14:00:00+07:00' })).codes).toEqual([codes.early, codes.afternoon]);

    const afternoon = await taskOf(platform, tokens.chuyenvien, codes.afternoon);
    expect((await platform.http.post(`/api/tasks/${afternoon.id}/claim`).set(bearer(tokens.chuyenvien))).status).toBe(204);
    expect((await inbox(tokens.chuyenvien, { mine: true })).codes).toEqual([codes.afternoon]);
  });

  it('counts each chip and dropdown under the other filters, not its own', async () => {
    platform.clock.set(at('05', '08:01'));
    const all = await summary(tokens.chuyenvien);
    expect(all.procedures).toEqual([{ code: CONSTRUCTION_PERMIT, name: expect.stringContaining('giấy phép xây dựng'), count: 3 }]);
    expect(all.dossierStatuses).toEqual([{ status: 'processing', count: 3 }]);

    const overdue = await summary(tokens.chuyenvien, { timeLeft: 'overdue' });
    expect(overdue.timeLeft).toEqual(all.timeLeft);
    expect(overdue.procedures[0].count).toBe(1);
    expect(overdue.dossierStatuses).toEqual([{ status: 'processing', count: 1 }]);

    // A chosen procedure with nothing left under the other filters stays in its dropdown.
    const none = await summary(tokens.chuyenvien, { procedureCode: CONSTRUCTION_PERMIT, dossierStatus: 'supplement_requested' });
    expect(none.timeLeft).toEqual({ overdue: 0, due_soon: 0, on_time: 0, no_deadline: 0 });
    expect(none.procedures).toEqual([expect.objectContaining({ code: CONSTRUCTION_PERMIT, count: 0 })]);
  });

  it('keeps the access rules: each officer counts only the tasks of their role, agency and department', async () => {
    const head = await receiveAtCounter(platform, tokens.motcua);
    expect((await inbox(tokens.truongphong)).codes).toEqual([head]);
    expect((await summary(tokens.truongphong)).procedures).toEqual([expect.objectContaining({ count: 1 })]);
    expect((await inbox(tokens.chuyenvien, { q: head })).codes).toEqual([]);
    expect((await inbox(tokens.lanhdao)).total).toBe(0);
    expect((await summary(tokens.lanhdao))).toEqual({ timeLeft: { overdue: 0, due_soon: 0, on_time: 0, no_deadline: 0 }, procedures: [], dossierStatuses: [] });
  });

  it('refuses an unknown filter value with a Vietnamese message', async () => {
    for (const query of [{ timeLeft: 'late' }, { dossierStatus: 'lost' }, { page: 0 }]) {
      const response = await platform.http.get('/api/tasks').query(query).set(bearer(tokens.chuyenvien));
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    const refused = await platform.http.get('/api/tasks').query({ timeLeft: 'late' }).set(bearer(tokens.chuyenvien));
    expect(refused.body.error.details).toEqual([expect.objectContaining({
      path: expect.stringContaining('timeLeft'), message: 'Giá trị phải là một trong: overdue, due_soon, on_time, no_deadline.',
    })]);
    const summaryRefused = await platform.http.get('/api/tasks/summary').query({ timeLeft: 'late' }).set(bearer(tokens.chuyenvien));
    expect(summaryRefused.status).toBe(400);
  });
});
