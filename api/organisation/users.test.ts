import { ROLE_NAMES, type Role } from '../authz/roles';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';

const TEMP = 'Tamthoi@2026';
const FINAL = 'Chinhthuc@2026';

describe('officer accounts inside agency boundaries', () => {
  let platform: TestPlatform;
  let admin: string;
  const tokens = {} as Record<Role, string>;

  async function officer(username: string, agencyCode: string, roles: string[], departmentCode?: string) {
    const created = await platform.http.post('/api/admin/users').set(bearer(admin))
      .send({ username, password: TEMP, fullName: `Cán bộ ${username}`, agencyCode, roles, departmentCode });
    expect(created.status).toBe(201);
    const login = await platform.http.post('/api/auth/login').send({ username, password: TEMP });
    const changed = await platform.http.post('/api/auth/change-password').set(bearer(login.body.token)).send({ currentPassword: TEMP, newPassword: FINAL });
    return changed.body.token as string;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.login('admin');
    const post = (url: string, body: object) => platform.http.post(url).set(bearer(admin)).send(body);
    await post('/api/admin/agencies', { code: 'P', name: 'UBND tỉnh', level: 'province' });
    await post('/api/admin/agencies', { code: 'A', name: 'Sở A', level: 'province', parentCode: 'P' });
    await post('/api/admin/agencies', { code: 'A1', name: 'Xã thuộc A', level: 'commune', parentCode: 'A' });
    await post('/api/admin/agencies', { code: 'B', name: 'Sở B', level: 'province', parentCode: 'P' });
    await post('/api/admin/agencies/A/departments', { code: 'D1', name: 'Phòng 1' });
    tokens.system_admin = admin;
    for (const role of ROLE_NAMES.filter((r) => r !== 'system_admin')) tokens[role] = await officer(`u_${role}`, 'A', [role]);
  });
  afterAll(() => platform.close());

  it('lets an agency administrator create officers in the agency and below it', async () => {
    const response = await platform.http.post('/api/admin/users').set(bearer(tokens.agency_admin))
      .send({ username: 'xa.a1', password: TEMP, fullName: 'Nguyễn Văn Xã', agencyCode: 'A1', roles: ['desk_officer'] });
    expect(response.status).toBe(201);
    expect(response.body).toEqual(expect.objectContaining({ username: 'xa.a1', agencyCode: 'A1', roles: ['desk_officer'], mustChangePassword: true }));
  });

  it('forbids an agency administrator to create officers in a sibling agency', async () => {
    const response = await platform.http.post('/api/admin/users').set(bearer(tokens.agency_admin))
      .send({ username: 'xa.b', password: TEMP, fullName: 'Trần Văn B', agencyCode: 'B', roles: ['desk_officer'] });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('OUT_OF_SCOPE');
  });

  it('forbids an agency administrator to grant province-wide roles', async () => {
    const response = await platform.http.post('/api/admin/users').set(bearer(tokens.agency_admin))
      .send({ username: 'leo.quyen', password: TEMP, fullName: 'Lê Quyền', agencyCode: 'A', roles: ['system_admin'] });
    expect(response.status).toBe(403);
  });

  it('lists only the officers in the caller scope', async () => {
    await officer('o.b', 'B', ['clerk']);
    const scoped = (await platform.http.get('/api/admin/users').set(bearer(tokens.agency_admin))).body;
    expect(scoped.items.map((u: { agencyCode: string }) => u.agencyCode).every((c: string) => ['A', 'A1'].includes(c))).toBe(true);
    const all = (await platform.http.get('/api/admin/users?agencyCode=B').set(bearer(admin))).body;
    expect(all.items.map((u: { username: string }) => u.username)).toEqual(['o.b']);
  });

  it('refuses unknown roles, departments and agencies, weak passwords and taken usernames', async () => {
    const send = (body: object) => platform.http.post('/api/admin/users').set(bearer(admin))
      .send({ username: 'moi.x', password: TEMP, fullName: 'Mới', agencyCode: 'A', roles: ['clerk'], ...body });
    expect((await send({ roles: ['wizard'] })).status).toBe(400);
    expect((await send({ departmentCode: 'NOPE' })).body.error.code).toBe('UNKNOWN_DEPARTMENT');
    expect((await send({ agencyCode: 'NOPE' })).body.error.code).toBe('UNKNOWN_AGENCY');
    expect((await send({ password: 'ngan' })).body.error.code).toBe('WEAK_PASSWORD');
    expect((await send({ username: 'u_clerk' })).body.error.code).toBe('USERNAME_TAKEN');
  });

  it('resets a password, which forces a change at the next login', async () => {
    expect((await platform.http.post('/api/admin/users/xa.a1/reset-password').set(bearer(tokens.agency_admin)).send({ newPassword: 'Capmoi@2026' })).status).toBe(204);
    const login = await platform.http.post('/api/auth/login').send({ username: 'xa.a1', password: 'Capmoi@2026' });
    expect(login.body.user.mustChangePassword).toBe(true);
  });

  it('changes roles and department of an officer', async () => {
    const response = await platform.http.patch('/api/admin/users/u_specialist').set(bearer(tokens.agency_admin))
      .send({ roles: ['specialist', 'department_head'], departmentCode: 'D1' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.objectContaining({ roles: ['department_head', 'specialist'], departmentCode: 'D1' }));
  });

  /** Who may call each administration route: everyone else gets 403 FORBIDDEN. */
  const matrix: { route: string; allowed: Role[]; call: (token: string, n: number) => Promise<{ status: number; body: { error?: { code: string } } }> }[] = [
    { route: 'POST /api/admin/agencies', allowed: ['system_admin', 'control_office'],
      call: (t, n) => platform.http.post('/api/admin/agencies').set(bearer(t)).send({ code: `M${n}`, name: 'Ma trận', level: 'commune', parentCode: 'A' }) },
    { route: 'POST /api/admin/agencies/A/departments', allowed: ['system_admin', 'control_office', 'agency_admin'],
      call: (t, n) => platform.http.post('/api/admin/agencies/A/departments').set(bearer(t)).send({ code: `M${n}`, name: 'Phòng ma trận' }) },
    { route: 'POST /api/admin/sectors', allowed: ['system_admin', 'control_office'],
      call: (t, n) => platform.http.post('/api/admin/sectors').set(bearer(t)).send({ code: `M${n}`, name: 'Lĩnh vực ma trận' }) },
    { route: 'POST /api/admin/admin-levels', allowed: ['system_admin'],
      call: (t, n) => platform.http.post('/api/admin/admin-levels').set(bearer(t)).send({ code: `level_${n}`, name: 'Cấp ma trận', rank: 5 }) },
    { route: 'POST /api/admin/users', allowed: ['system_admin', 'agency_admin'],
      call: (t, n) => platform.http.post('/api/admin/users').set(bearer(t)).send({ username: `m${n}`, password: TEMP, fullName: 'Ma trận', agencyCode: 'A', roles: ['clerk'] }) },
    { route: 'GET /api/admin/users', allowed: ['system_admin', 'agency_admin'], call: (t) => platform.http.get('/api/admin/users').set(bearer(t)) },
    { route: 'POST /api/admin/users/u_desk_officer/unlock', allowed: ['system_admin', 'agency_admin'],
      call: (t) => platform.http.post('/api/admin/users/u_desk_officer/unlock').set(bearer(t)) },
  ];

  it.each(matrix.map((m) => [m.route, m] as const))('authorises %s by role', async (_route, { allowed, call }) => {
    let n = 0;
    const outcome: Record<string, string> = {};
    for (const role of ROLE_NAMES) {
      n += 1;
      const response = await call(tokens[role], Math.floor(Math.random() * 1e9) + n);
      outcome[role] = response.status < 300 ? 'allowed' : response.body.error!.code;
    }
    const expected = Object.fromEntries(ROLE_NAMES.map((role) => [role, allowed.includes(role) ? 'allowed' : 'FORBIDDEN']));
    expect(outcome).toEqual(expected);
  });
});
