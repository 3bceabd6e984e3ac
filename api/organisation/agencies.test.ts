import { bearer, startTestPlatform, type TestPlatform } from '../../test/support/platform';

describe('setting up a province', () => {
  let platform: TestPlatform;
  let admin: string;
  const post = (url: string, body: unknown) => platform.http.post(url).set(bearer(admin)).send(body as object);

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await platform.login('admin');
  });
  afterAll(() => platform.close());

  it('builds a province, a district and a commune below it, with departments and a sector', async () => {
    expect((await post('/api/admin/agencies', { code: '000.00.00.H01', name: 'UBND tỉnh Thử', level: 'province' })).status).toBe(201);
    expect((await post('/api/admin/agencies', { code: '000.01.00.H01', name: 'UBND huyện Một', level: 'district', parentCode: '000.00.00.H01' })).status).toBe(201);
    expect((await post('/api/admin/agencies', { code: '001.01.00.H01', name: 'UBND xã Hai', level: 'commune', parentCode: '000.01.00.H01' })).status).toBe(201);
    expect((await post('/api/admin/agencies/000.01.00.H01/departments', { code: 'TP', name: 'Phòng Tư pháp' })).status).toBe(201);
    expect((await post('/api/admin/sectors', { code: 'HT', name: 'Hộ tịch' })).status).toBe(201);

    const [province] = (await platform.http.get('/api/agencies')).body;
    expect(province).toEqual({
      code: '000.00.00.H01', name: 'UBND tỉnh Thử', level: 'province', parentCode: null,
      children: [{
        code: '000.01.00.H01', name: 'UBND huyện Một', level: 'district', parentCode: '000.00.00.H01',
        children: [{ code: '001.01.00.H01', name: 'UBND xã Hai', level: 'commune', parentCode: '000.01.00.H01', children: [] }],
      }],
    });
    expect((await platform.http.get('/api/sectors')).body).toEqual([{ code: 'HT', name: 'Hộ tịch' }]);
  });

  it('refuses duplicate codes with 409', async () => {
    const agency = await post('/api/admin/agencies', { code: '000.00.00.H01', name: 'Trùng', level: 'province' });
    expect(agency.status).toBe(409);
    expect(agency.body.error.code).toBe('AGENCY_CODE_TAKEN');
    expect((await post('/api/admin/agencies/000.01.00.H01/departments', { code: 'TP', name: 'Trùng' })).body.error.code).toBe('DEPARTMENT_CODE_TAKEN');
    expect((await post('/api/admin/sectors', { code: 'HT', name: 'Trùng' })).status).toBe(409);
  });

  it('accepts a level configured later, for a two-tier or a special province', async () => {
    expect((await post('/api/admin/admin-levels', { code: 'special_zone', name: 'Đặc khu', rank: 3 })).status).toBe(201);
    expect((await post('/api/admin/agencies', { code: '000.09.00.H01', name: 'Đặc khu Thử', level: 'special_zone', parentCode: '000.00.00.H01' })).status).toBe(201);
    const unknown = await post('/api/admin/agencies', { code: 'X1', name: 'Không rõ cấp', level: 'hamlet' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('UNKNOWN_LEVEL');
  });

  it('refuses to make an agency its own ancestor, and changes nothing', async () => {
    const cycle = await platform.http.patch('/api/admin/agencies/000.00.00.H01').set(bearer(admin)).send({ parentCode: '001.01.00.H01' });
    expect(cycle.status).toBe(422);
    expect(cycle.body.error.code).toBe('AGENCY_CYCLE');
    const self = await platform.http.patch('/api/admin/agencies/000.01.00.H01').set(bearer(admin)).send({ parentCode: '000.01.00.H01' });
    expect(self.status).toBe(422);
    expect((await platform.http.get('/api/agencies')).body[0].children[0].code).toBe('000.01.00.H01');
  });

  it('moves a commune with its whole subtree to another parent', async () => {
    await post('/api/admin/agencies', { code: '000.02.00.H01', name: 'UBND huyện Hai', level: 'district', parentCode: '000.00.00.H01' });
    const moved = await platform.http.patch('/api/admin/agencies/001.01.00.H01').set(bearer(admin)).send({ parentCode: '000.02.00.H01' });
    expect(moved.body).toEqual({ code: '001.01.00.H01', name: 'UBND xã Hai', level: 'commune', parentCode: '000.02.00.H01' });
  });

  it.each([
    ['an unknown field', { code: 'A1', name: 'Tên', level: 'province', extra: 1 }, '/extra', 'Trường "extra" không được chấp nhận.'],
    ['a wrong type', { code: 'A1', name: 42, level: 'province' }, '/name', 'Sai kiểu dữ liệu: cần chuỗi ký tự.'],
    ['a missing field', { code: 'A1', level: 'province' }, '/name', 'Thiếu trường bắt buộc "name".'],
  ])('names the field when a body has %s', async (_what, body, path, message) => {
    const response = await post('/api/admin/agencies', body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.details).toContainEqual({ path, message });
  });

  it('refuses a parent that does not exist, broken JSON and an oversized body', async () => {
    const orphan = await post('/api/admin/agencies', { code: 'A2', name: 'Mồ côi', level: 'commune', parentCode: 'NOPE' });
    expect(orphan.status).toBe(422);
    expect(orphan.body.error.code).toBe('UNKNOWN_AGENCY');
    const broken = await platform.http.post('/api/admin/agencies').set(bearer(admin)).set('Content-Type', 'application/json').send('{"code": ');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('MALFORMED_JSON');
    const huge = await post('/api/admin/sectors', { code: 'BIG', name: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const names = (await platform.http.get('/api/sectors')).body.map((s: { code: string }) => s.code);
    expect(names).not.toContain('BIG');
  });
});
