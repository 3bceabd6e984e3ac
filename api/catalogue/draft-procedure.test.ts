import { BUILDING_DEPT, sampleProcedure, simpleSchema, startCatalogueKit, type CatalogueKit, KIT_TIMEOUT } from './catalogue-test-kit';

describe('drafting a procedure record (A3)', () => {
  let kit: CatalogueKit;

  beforeAll(async () => {
    kit = await startCatalogueKit();
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('drafts version 1 from the body API.md gives, wrapping a bare schema into a form definition', async () => {
    const response = await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure());
    expect(response.status).toBe(201);
    expect(response.body).toEqual(expect.objectContaining({
      code: '1.000948', version: 1, status: 'draft', revision: 1, name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      sectorCode: 'XD', sectorName: 'Hoạt động xây dựng', agencyCodes: [BUILDING_DEPT], processKey: 'standard', processVersion: null,
      processingTime: { value: 15, unit: 'working_days' }, serviceLevel: 'partial_online', postalAllowed: false, immediateResult: false,
      fees: [{ name: 'Lệ phí cấp giấy phép', amount: 75000 }], decision: null, publishedAt: null,
    }));
    expect(response.body.components).toEqual([
      { code: 'GIAY_TO_DAT', name: 'Giấy tờ chứng minh quyền sử dụng đất', originals: 1, copies: 0, formTemplate: null, required: true },
      { code: 'BAN_VE', name: 'Bản vẽ thiết kế', originals: 2, copies: 0, formTemplate: null, required: true },
    ]);
    expect(response.body.formSchema).toEqual(simpleSchema);
    expect(response.body.form).toEqual(expect.objectContaining({
      id: '1.000948', version: 1, title: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', schema: simpleSchema,
      components: [
        { code: 'GIAY_TO_DAT', name: 'Giấy tờ chứng minh quyền sử dụng đất', required: true },
        { code: 'BAN_VE', name: 'Bản vẽ thiết kế', required: true },
      ],
      layout: { sections: [{ id: 'applicant', title: 'Người nộp', fields: ['applicant.fullName', 'applicant.phone'] }, { id: 'note-fields', fields: ['note'] }] },
    }));
    expect(response.body.createdAt).toBe('2026-03-02T09:00:00+07:00');
  });

  it('refuses a second procedure with the same national code, and a second open draft', async () => {
    const again = await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure({ name: 'Trùng mã' }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROCEDURE_DRAFT_EXISTS');
    expect(again.body.error.message).toBe('Thủ tục đang có một phiên bản dự thảo hoặc đang thẩm định.');
  });

  it('edits the draft field by field, bumping its revision, and refuses a stale revision with 409', async () => {
    const edited = await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', {
      applicants: 'Hộ gia đình, cá nhân', fees: [{ name: 'Lệ phí', amount: 50000 }], expectedRevision: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual(expect.objectContaining({ revision: 2, applicants: 'Hộ gia đình, cá nhân', fees: [{ name: 'Lệ phí', amount: 50000 }] }));
    expect(edited.body.components).toHaveLength(2);
    const stale = await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', { applicants: 'Cũ', expectedRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('keeps a wrapped form in step with the record when only the components change', async () => {
    const edited = await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', {
      components: [{ code: 'GIAY_TO_DAT', name: 'Giấy tờ về đất', required: true }],
    });
    expect(edited.body.form.components).toEqual([{ code: 'GIAY_TO_DAT', name: 'Giấy tờ về đất', required: true }]);
  });

  it('lists drafts for staff, never for the public', async () => {
    const drafts = await kit.get('/api/admin/procedures?status=draft', kit.tokens.control);
    expect(drafts.status).toBe(200);
    expect(drafts.headers['x-total-count']).toBe('1');
    expect(drafts.body).toEqual([expect.objectContaining({ code: '1.000948', status: 'draft', version: 1 })]);
    expect((await kit.get('/api/procedures/1.000948')).status).toBe(404);
    expect((await kit.get('/api/procedures?q=giay phep')).body).toEqual([]);
  });

  it.each([
    ['an unknown sector', { code: '1.1', sectorCode: 'NOPE' }, 422, 'UNKNOWN_SECTOR', '/sectorCode'],
    ['an unknown agency', { code: '1.2', agencyCodes: [BUILDING_DEPT, 'NOPE'] }, 422, 'UNKNOWN_AGENCY', '/agencyCodes/1'],
    ['a component code twice', { code: '1.3', components: [{ code: 'A', name: 'Một' }, { code: 'A', name: 'Hai' }] }, 422, 'PROCEDURE_INVALID', '/components/1/code'],
    ['a component with neither original nor copy', { code: '1.4', components: [{ code: 'A', name: 'Một', originals: 0 }] }, 422, 'PROCEDURE_INVALID', '/components/0'],
    ['no time without an immediate result', { code: '1.5', processingTime: { value: 0, unit: 'working_days' } }, 422, 'PROCEDURE_INVALID', '/processingTime/value'],
    ['a schema that is not JSON Schema', { code: '1.6', formSchema: { type: 'object', properties: { a: { type: 'text' } } } }, 422, 'PROCEDURE_FORM_INVALID', '/formSchema/properties/a/type'],
    ['an unknown service level', { code: '1.7', serviceLevel: 'level5' }, 400, 'VALIDATION_FAILED', '/serviceLevel'],
    ['a missing name', { code: '1.8', name: undefined }, 400, 'VALIDATION_FAILED', '/name'],
    ['a malformed code', { code: '1 000 948' }, 400, 'VALIDATION_FAILED', '/code'],
    ['an unknown field', { code: '1.9', color: 'red' }, 400, 'VALIDATION_FAILED', '/color'],
  ])('refuses %s with a stable code and the field named in Vietnamese', async (_what, changes, status, code, path) => {
    const response = await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure(changes));
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(response.body.error.details.every((d: { message: string }) => /[ạảãàáâậầấẩẫăắằặẳẵêếềểễệôốồổỗộơớờởỡợưứừửữựđíìỉĩịúùủũụóòỏõọ]/i.test(d.message))).toBe(true);
    expect([400, 404]).toContain((await kit.get(`/api/admin/procedures/${changes.code}/versions`, kit.tokens.designer)).status);
  });

  it('refuses schema bombs: deep nesting and huge enumerations', async () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 60; i++) deep = { type: 'object', properties: { x: deep } };
    const nested = await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure({ code: '2.1', formSchema: deep }));
    expect(nested.status).toBe(422);
    expect(nested.body.error.code).toBe('PROCEDURE_FORM_INVALID');
    const enumBomb = { type: 'object', properties: { pick: { type: 'string', enum: Array.from({ length: 5000 }, (_, i) => `v${i}`) } } };
    const huge = await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure({ code: '2.2', formSchema: enumBomb }));
    expect(huge.status).toBe(422);
    expect(huge.body.error.details[0].path).toBe('/formSchema/properties/pick/enum');
    // Far deeper than any recursive walker survives, sent as raw JSON text.
    for (const [code, inner] of [['2.3', '{"type":"object","properties":{"x":%}}'], ['2.4', '{"a":%}']]) {
      const [open, close] = inner.split('%');
      const text = `${open.repeat(40000)}{"type":"string"}${close.repeat(40000)}`;
      const formSchema = code === '2.3' ? text : `{"type":"object","properties":{"x":{"type":"object","default":${text}}}}`;
      const body = JSON.stringify(sampleProcedure({ code, formSchema: null })).replace('"formSchema":null', `"formSchema":${formSchema}`);
      const extreme = await kit.platform.http.post('/api/admin/procedures').set('Authorization', `Bearer ${kit.tokens.designer}`)
        .set('Content-Type', 'application/json').send(body);
      expect([400, 422]).toContain(extreme.status);
    }
  });

  it('lets only the catalogue roles draft: 401 without a token, 403 for a desk officer', async () => {
    const anonymous = await kit.platform.http.post('/api/admin/procedures').send(sampleProcedure({ code: '3.1' }));
    expect(anonymous.status).toBe(401);
    const desk = await kit.post(kit.tokens.desk, '/api/admin/procedures', sampleProcedure({ code: '3.1' }));
    expect(desk.status).toBe(403);
    expect(desk.body.error.code).toBe('FORBIDDEN');
  });
});
