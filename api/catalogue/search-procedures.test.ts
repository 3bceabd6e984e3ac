import { BUILDING_DEPT, COMMUNE_A, COMMUNE_B, DECISION, JUSTICE_DEPT, startCatalogueKit, type CatalogueKit, KIT_TIMEOUT } from './catalogue-test-kit';

/** Information-only records publish without a process: enough to search. */
const record = (code: string, name: string, sectorCode: string, agencyCodes: string[], serviceLevel = 'level2') => ({
  code, name, sectorCode, agencyCodes, serviceLevel, processingTime: { value: 5, unit: 'working_days' }, decision: DECISION,
  // Online services run on a process; the others are information only.
  ...(serviceLevel.endsWith('online') ? { processKey: 'empty', formSchema: { type: 'object', properties: { a: { type: 'string' } } } } : {}),
});

describe('searching the catalogue (A7)', () => {
  let kit: CatalogueKit;
  const search = async (query: Record<string, string | number>) => {
    const response = await kit.get(`/api/procedures?${new URLSearchParams(query as Record<string, string>)}`);
    expect(response.status).toBe(200);
    return response;
  };
  const codes = async (query: Record<string, string | number>) => (await search(query)).body.map((hit: { code: string }) => hit.code);

  beforeAll(async () => {
    kit = await startCatalogueKit();
    await kit.deploy('empty', []);
    for (const body of [
      record('1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'XD', [BUILDING_DEPT], 'partial_online'),
      record('1.009972', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', 'XD', [BUILDING_DEPT]),
      record('1.009975', 'Gia hạn giấy phép xây dựng', 'XD', [BUILDING_DEPT]),
      record('1.001193', 'Đăng ký khai sinh', 'HT', [COMMUNE_A, COMMUNE_B], 'full_online'),
      record('1.001022', 'Đăng ký kết hôn', 'HT', [COMMUNE_A]),
      record('1.000656', 'Đăng ký khai tử', 'HT', [COMMUNE_B]),
      record('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'CT', [COMMUNE_A, COMMUNE_B, JUSTICE_DEPT], 'offline'),
    ]) {
      await kit.publish(body);
    }
    // A draft never shows in public search.
    await kit.post(kit.tokens.designer, '/api/admin/procedures', { ...record('9.000001', 'Cấp giấy phép xây dựng tạm', 'XD', [BUILDING_DEPT]), decision: null });
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('finds "Cấp giấy phép xây dựng" typed without diacritics, the closest name first', async () => {
    const response = await search({ q: 'cap giay phep xay dung' });
    expect(response.body.map((hit: { code: string }) => hit.code)).toEqual(['1.009994', '1.009972']);
    expect(response.headers['x-total-count']).toBe('2');
    expect(response.body[0]).toEqual(expect.objectContaining({
      code: '1.009994', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', sectorCode: 'XD', sectorName: 'Hoạt động xây dựng',
      serviceLevel: 'partial_online', processingTime: { value: 5, unit: 'working_days' }, agencyCodes: [BUILDING_DEPT],
    }));
    expect(await codes({ q: 'Cấp giấy phép xây dựng' })).toEqual(['1.009994', '1.009972']);
    // Every word must appear: "gia hạn" (extension) has no "cấp", but all three permits have "giấy phép xây dựng".
    expect((await codes({ q: 'GIẤY PHÉP XÂY DỰNG' }))[0]).toBe('1.009975');
    expect(await codes({ q: 'GIẤY PHÉP XÂY DỰNG' })).toHaveLength(3);
  });

  it('tolerates typos and finds đ typed as d', async () => {
    expect(await codes({ q: 'cap giay phep xay dumg' })).toContain('1.009994');
    expect((await codes({ q: 'giay phep xay dung nha o rieng le' }))[0]).toBe('1.009994');
    expect((await codes({ q: 'dang ky khai sinh' }))[0]).toBe('1.001193');
    expect(await codes({ q: 'dang ki khai sinh' })).toContain('1.001193');
    expect((await codes({ q: 'khai sinh' }))[0]).toBe('1.001193');
    expect(await codes({ q: 'chung thuc ban sao' })).toEqual(['2.000815']);
  });

  it('keeps unrelated names out and finds by national code', async () => {
    expect(await codes({ q: 'khai sinh' })).not.toContain('1.009994');
    expect(await codes({ q: 'ho chieu' })).toEqual([]);
    expect(await codes({ q: '1.001193' })).toEqual(['1.001193']);
    expect(await codes({ q: '100%_\\' })).toEqual([]);
  });

  it('filters by sector, agency, level and service level, with or without a keyword', async () => {
    // Without a keyword, names sort as Vietnamese readers expect: by letters first, diacritics aside.
    expect(await codes({ sectorCode: 'HT' })).toEqual(['1.001022', '1.001193', '1.000656']);
    expect(await codes({ agencyCode: COMMUNE_A })).toEqual(['2.000815', '1.001022', '1.001193']);
    expect((await codes({ q: 'dang ky', agencyCode: COMMUNE_B })).sort()).toEqual(['1.000656', '1.001193']);
    expect(await codes({ level: 'province' })).toEqual(['1.009994', '1.009972', '2.000815', '1.009975']);
    expect(await codes({ serviceLevel: 'full_online' })).toEqual(['1.001193']);
    expect((await codes({ q: 'giay phep', serviceLevel: 'level2' })).sort()).toEqual(['1.009972', '1.009975']);
    expect(await codes({ sectorCode: 'NOPE' })).toEqual([]);
  });

  it('pages results, the total in X-Total-Count', async () => {
    const first = await search({ sectorCode: 'HT', pageSize: 2 });
    const second = await search({ sectorCode: 'HT', pageSize: 2, page: 2 });
    expect(first.headers['x-total-count']).toBe('3');
    expect([...first.body, ...second.body].map((hit: { code: string }) => hit.code)).toEqual(['1.001022', '1.001193', '1.000656']);
  });

  it('refuses a malformed query with the parameter named', async () => {
    const response = await kit.get('/api/procedures?pageSize=1000&serviceLevel=level9');
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['/querystring/pageSize', '/querystring/serviceLevel']));
  });

  it('documents its routes in the OpenAPI document', async () => {
    const docs = await kit.get('/docs/json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining([
      '/api/procedures', '/api/procedures/{code}', '/api/admin/procedures', '/api/admin/procedures/{code}/publish', '/api/admin/catalogue/imports',
    ]));
  });
});
