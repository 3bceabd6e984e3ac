import { findPublishedProcedure } from '.';
import { BUILDING_DEPT, DECISION, STANDARD_TASKS, sampleProcedure, startCatalogueKit, type CatalogueKit, KIT_TIMEOUT } from './catalogue-test-kit';

describe('publishing a procedure by decision (A4, A5)', () => {
  let kit: CatalogueKit;
  const findingsOf = (response: { body: { error: { details: { path: string; message: string }[] } } }) => response.body.error.details;

  beforeAll(async () => {
    kit = await startCatalogueKit();
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('refuses publication with findings while the process is missing, untested and without a decision', async () => {
    expect((await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure())).status).toBe(201);
    const refused = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/publish', {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('PROCEDURE_PUBLICATION_REFUSED');
    expect(findingsOf(refused)).toEqual(expect.arrayContaining([
      { path: '/decision', message: 'Thiếu số và ngày của Quyết định công bố thủ tục hành chính.' },
      { path: '/processKey', message: 'Quy trình nội bộ “standard” chưa được triển khai.' },
    ]));
  });

  it('refuses when the steps of the process take longer than the legal processing time', async () => {
    await kit.deploy('standard', [...STANDARD_TASKS, { id: 'extra', name: 'Lấy ý kiến', role: 'specialist', budget: { value: 3, unit: 'working_days' } }]);
    const refused = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/publish', { decision: DECISION });
    expect(findingsOf(refused)).toContainEqual({
      path: '/processingTime',
      message: 'Tổng thời gian các bước của quy trình “standard” phiên bản 1 là 116,5 giờ làm việc (15,53 ngày làm việc), vượt thời hạn giải quyết 112,5 giờ làm việc (15 ngày làm việc).',
    });
    expect(findingsOf(refused)).toContainEqual(expect.objectContaining({ path: '/testRuns' }));
  });

  it('refuses when the form misses a required component or a view a step uses', async () => {
    await kit.deploy('standard', STANDARD_TASKS);
    const form = {
      schema: { type: 'object', properties: { name: { type: 'string', title: 'Tên' } } },
      views: { reception: { visible: ['name'], editable: ['name'] } },
      components: [{ code: 'GIAY_TO_DAT', name: 'Giấy tờ đất', required: true }, { code: 'KHAC', name: 'Giấy tờ khác', required: false }],
    };
    expect((await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', { formSchema: form })).status).toBe(200);
    const check = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/publication-check', { decision: DECISION });
    expect(check.status).toBe(200);
    expect(check.body.publishable).toBe(false);
    expect(check.body.findings).toEqual(expect.arrayContaining([
      { path: '/formSchema/components/1', message: 'Biểu mẫu yêu cầu thành phần hồ sơ “Giấy tờ khác” (KHAC) không có trong thủ tục.' },
      { path: '/components/1', message: 'Biểu mẫu điện tử thiếu thành phần hồ sơ bắt buộc “Bản vẽ thiết kế” (BAN_VE).' },
      { path: '/formSchema/views', message: 'Bước “Thẩm định hồ sơ” của quy trình dùng khung nhìn biểu mẫu “appraisal” nhưng biểu mẫu không có khung nhìn này.' },
    ]));
  });

  it('counts a test run only for the revision it ran on', async () => {
    const views = { reception: { visible: ['*'], editable: [] }, appraisal: { visible: ['*'], editable: ['*'] } };
    const form = { schema: { type: 'object', properties: { name: { type: 'string', title: 'Tên' } } }, views, components: [] };
    await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', { formSchema: { ...form, components: [
      { code: 'GIAY_TO_DAT', name: 'Giấy tờ đất', required: true }, { code: 'BAN_VE', name: 'Bản vẽ', required: true },
    ] } });
    const run = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/test-runs', { outcome: 'passed', notes: 'Hồ sơ mẫu đi hết quy trình.' });
    expect(run.status).toBe(201);
    expect(run.body).toEqual(expect.objectContaining({ version: 1, outcome: 'passed', runBy: 'thietke', runAt: '2026-03-02T09:00:00+07:00' }));
    await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', { result: 'Giấy phép xây dựng' });
    const check = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/publication-check', { decision: DECISION });
    expect(check.body.findings).toEqual([{
      path: '/testRuns',
      message: 'Chưa có lần chạy thử nào đạt yêu cầu cho nội dung hiện tại của phiên bản (cần ghi nhận kết quả chạy thử trước khi công bố).',
    }]);
    await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/test-runs', { outcome: 'failed', notes: 'Bước phê duyệt không mở.' });
    const failed = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/publication-check', { decision: DECISION });
    expect(failed.body.findings[0].message).toMatch(/không đạt/);
  });

  it('goes to review, comes back with a note, and is locked while in review', async () => {
    const submitted = await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/submit');
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    const locked = await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', { result: 'Khác' });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('PROCEDURE_IN_REVIEW');
    expect((await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/return', { note: 'x' })).status).toBe(403);
    const returned = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/return', { note: 'Bổ sung căn cứ pháp lý.' });
    expect(returned.body).toEqual(expect.objectContaining({ status: 'draft', reviewNote: 'Bổ sung căn cứ pháp lý.' }));
    await kit.patch(kit.tokens.designer, '/api/admin/procedures/1.000948/versions/1', { legalBasis: 'Luật Xây dựng 2014; Nghị định 15/2021/NĐ-CP' });
    await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/submit');
    expect((await kit.post(kit.tokens.designer, '/api/admin/procedures/1.000948/test-runs', { outcome: 'passed' })).status).toBe(201);
  });

  it('lets only the control office publish: 403 for the designer and the system administrator', async () => {
    for (const token of [kit.tokens.designer, kit.tokens.admin, kit.tokens.desk]) {
      const response = await kit.post(token, '/api/admin/procedures/1.000948/publish', { decision: DECISION });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('publishes: binds the process version, lists the agencies, and shows the citizen the form', async () => {
    kit.platform.clock.set(new Date('2026-03-03T10:00:00+07:00'));
    const published = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/publish', { decision: DECISION });
    expect(published.status).toBe(200);
    expect(published.body).toEqual(expect.objectContaining({
      status: 'published', version: 1, processKey: 'standard', processVersion: 2, decision: DECISION, publishedAt: '2026-03-03T10:00:00+07:00',
      agencies: [{ code: BUILDING_DEPT, name: 'Sở Xây dựng', level: 'province' }],
    }));
    const shown = await kit.get('/api/procedures/1.000948');
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(expect.objectContaining({ code: '1.000948', status: 'published', agencyCodes: [BUILDING_DEPT] }));
    expect(shown.body.formSchema).toEqual({ type: 'object', properties: { name: { type: 'string', title: 'Tên' } } });
    expect(shown.body.form.views.appraisal).toEqual({ visible: ['*'], editable: ['*'] });
    const procedure = await findPublishedProcedure(kit.platform.orm.em.fork(), '1.000948');
    expect(procedure).toEqual(expect.objectContaining({
      code: '1.000948', version: 1, processKey: 'standard', processVersion: 2, sectorName: 'Hoạt động xây dựng', agencyCodes: [BUILDING_DEPT],
      processingTime: { value: 15, unit: 'working_days' }, fees: [{ name: 'Lệ phí cấp giấy phép', amount: 75000 }],
    }));
    expect(procedure?.components).toEqual([
      { code: 'GIAY_TO_DAT', name: 'Giấy tờ chứng minh quyền sử dụng đất', required: true, originals: 1, copies: 0 },
      { code: 'BAN_VE', name: 'Bản vẽ thiết kế', required: true, originals: 2, copies: 0 },
    ]);
  });

  it('never changes a published version: 409 on edits, and nothing left to publish', async () => {
    const edit = await kit.patch(kit.tokens.control, '/api/admin/procedures/1.000948/versions/1', { name: 'Tên mới' });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toEqual({ code: 'PROCEDURE_VERSION_IMMUTABLE', message: 'Phiên bản đã công bố không được sửa. Hãy tạo phiên bản sửa đổi, bổ sung.' });
    const again = await kit.post(kit.tokens.control, '/api/admin/procedures/1.000948/publish', { decision: DECISION });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROCEDURE_NO_OPEN_VERSION');
    const create = await kit.post(kit.tokens.designer, '/api/admin/procedures', sampleProcedure());
    expect(create.body.error.code).toBe('PROCEDURE_CODE_TAKEN');
    expect((await kit.get('/api/procedures/1.000948')).body.name).toBe('Cấp giấy phép xây dựng nhà ở riêng lẻ');
  });

  it('answers 404 for unknown procedures and versions', async () => {
    expect((await kit.get('/api/procedures/9.999999')).body.error.code).toBe('PROCEDURE_NOT_FOUND');
    expect((await kit.post(kit.tokens.control, '/api/admin/procedures/9.999999/publish', { decision: DECISION })).status).toBe(404);
    expect((await kit.get('/api/admin/procedures/1.000948/versions/7', kit.tokens.control)).body.error.code).toBe('PROCEDURE_VERSION_NOT_FOUND');
    expect((await kit.patch(kit.tokens.designer, '/api/admin/procedures/9.999999/versions/1', { name: 'X' })).status).toBe(404);
  });

  it('publishes an information-only record (level 2) without a process, form or test run', async () => {
    const body = sampleProcedure({ code: '2.000001', name: 'Cấp bản sao trích lục', processKey: null, formSchema: null, serviceLevel: 'level2', decision: DECISION });
    expect((await kit.post(kit.tokens.designer, '/api/admin/procedures', body)).status).toBe(201);
    const published = await kit.post(kit.tokens.control, '/api/admin/procedures/2.000001/publish');
    expect(published.status).toBe(200);
    expect(published.body.decision).toEqual(DECISION);
    expect(await findPublishedProcedure(kit.platform.orm.em.fork(), '2.000001')).toBeNull();
    const online = sampleProcedure({ code: '2.000002', processKey: null, serviceLevel: 'full_online', decision: DECISION });
    await kit.post(kit.tokens.designer, '/api/admin/procedures', online);
    const refused = await kit.post(kit.tokens.control, '/api/admin/procedures/2.000002/publish');
    expect(findingsOf(refused)).toEqual([{ path: '/processKey', message: 'Dịch vụ công trực tuyến phải gắn một quy trình nội bộ đã triển khai.' }]);
  });
});
