import { BUILDING_DEPT, COMMUNE_A, COMMUNE_B, DECISION, KIT_TIMEOUT, startCatalogueKit, type CatalogueKit } from './catalogue-test-kit';

const infoRecord = (code: string, name: string, extra: Record<string, unknown> = {}) => ({
  code, name, sectorCode: 'HT', agencyCodes: [COMMUNE_A, COMMUNE_B], processingTime: { value: 3, unit: 'working_days' }, serviceLevel: 'level2',
  decision: DECISION, fees: [{ name: 'Lệ phí', amount: 8000 }], ...extra,
});

describe('importing a catalogue row by row (a province migrating its procedures)', () => {
  let kit: CatalogueKit;

  async function finished(id: number) {
    for (let i = 0; i < 5000; i++) {
      const job = await kit.get(`/api/admin/catalogue/imports/${id}`, kit.tokens.control);
      expect(job.status).toBe(200);
      if (job.body.status !== 'running') return job.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import never finished');
  }

  beforeAll(async () => {
    kit = await startCatalogueKit();
  }, KIT_TIMEOUT);
  afterAll(() => kit.close());

  it('imports 500 procedures, reporting progress and each rejected row with its reason', async () => {
    const procedures: unknown[] = Array.from({ length: 500 }, (_, i) => infoRecord(`5.${String(i).padStart(6, '0')}`, `Thủ tục hộ tịch số ${i + 1}`));
    procedures[10] = infoRecord('5.000010', 'Lĩnh vực lạ', { sectorCode: 'NOPE' });
    procedures[20] = infoRecord('5.000020', 'Cơ quan lạ', { agencyCodes: ['NOPE'] });
    procedures[30] = { ...infoRecord('5.000030', 'Thiếu thời hạn'), processingTime: undefined };
    procedures[40] = infoRecord('5.000001', 'Trùng mã với dòng 2');
    procedures[50] = infoRecord('5.000050', 'Biểu mẫu hỏng', { formSchema: { type: 'object', properties: { a: { type: 'nope' } } } });
    procedures[60] = 'không phải một thủ tục';
    const started = await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', { procedures });
    expect(started.status).toBe(202);
    expect(started.body).toEqual(expect.objectContaining({ status: 'running', total: 500, format: 'json' }));
    expect(started.body.processed).toBeLessThan(500);
    const job = await finished(started.body.id);
    expect(job).toEqual(expect.objectContaining({ status: 'finished', total: 500, processed: 500, published: 494, drafted: 0, rejected: 6 }));
    expect(job.rejections.map((r: { row: number; error: string }) => [r.row, r.error])).toEqual([
      [11, 'UNKNOWN_SECTOR'], [21, 'UNKNOWN_AGENCY'], [31, 'VALIDATION_FAILED'], [41, 'PROCEDURE_INVALID'], [51, 'PROCEDURE_FORM_INVALID'], [61, 'VALIDATION_FAILED'],
    ]);
    expect(job.rejections[0]).toEqual({
      row: 11, code: '5.000010', error: 'UNKNOWN_SECTOR', message: 'Mã lĩnh vực không tồn tại.', details: [{ path: '/sectorCode', message: 'Không có lĩnh vực mã “NOPE”.' }],
    });
    expect(job.rejections[3].details).toEqual([{ path: '/code', message: 'Mã thủ tục “5.000001” trùng với dòng 2 của cùng tệp.' }]);
    expect(job.rejections[2].details).toContainEqual({ path: '/processingTime', message: 'Thiếu trường bắt buộc "processingTime".' });
    // Rejected rows left nothing behind.
    for (const code of ['5.000010', '5.000020', '5.000030', '5.000050']) {
      expect((await kit.get(`/api/admin/procedures/${code}/versions`, kit.tokens.control)).status).toBe(404);
    }
    expect((await kit.get('/api/procedures?sectorCode=HT&pageSize=1')).headers['x-total-count']).toBe('494');
    expect((await kit.get('/api/procedures/5.000001')).body.name).toBe('Thủ tục hộ tịch số 2');
  }, 300_000);

  it('imports rows with a process as drafts: they still need a test run before publication', async () => {
    const job = await finished((await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', {
      procedures: [infoRecord('6.000001', 'Có quy trình', { processKey: 'standard', serviceLevel: 'full_online', sectorCode: 'XD', agencyCodes: [BUILDING_DEPT] })],
    })).body.id);
    expect(job).toEqual(expect.objectContaining({ drafted: 1, published: 0, rejected: 0 }));
    const versions = await kit.get('/api/admin/procedures/6.000001/versions', kit.tokens.control);
    expect(versions.body).toEqual([expect.objectContaining({ status: 'draft', decision: DECISION })]);
  });

  it('imports an updated record of a published procedure as a new version, and refuses one whose draft is open', async () => {
    const job = await finished((await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', {
      procedures: [infoRecord('5.000002', 'Thủ tục hộ tịch số 3 (sửa đổi)', { decision: { number: '99/QĐ-UBND', date: '2026-02-28' } }), infoRecord('6.000001', 'Lần hai')],
    })).body.id);
    expect(job).toEqual(expect.objectContaining({ published: 1, rejected: 1 }));
    expect(job.rejections[0]).toEqual(expect.objectContaining({ row: 2, error: 'PROCEDURE_DRAFT_EXISTS' }));
    const shown = await kit.get('/api/procedures/5.000002');
    expect(shown.body).toEqual(expect.objectContaining({ version: 2, name: 'Thủ tục hộ tịch số 3 (sửa đổi)' }));
  });

  it('imports a spreadsheet saved as CSV, as a JSON field or posted as text/csv', async () => {
    const csv = [
      'code,name,sectorCode,agencyCodes,serviceLevel,processingTimeValue,processingTimeUnit,postalAllowed,decisionNumber,decisionDate,fees',
      `7.000001,"Cấp bản sao trích lục, có chứng thực",HT,${COMMUNE_A};${COMMUNE_B},level2,1,working_days,có,12/QĐ-UBND,2026-02-20,"[{""name"":""Phí"",""amount"":8000}]"`,
      `7.000002,Đăng ký giám hộ,HT,${COMMUNE_A},level2,ba,working_days,không,12/QĐ-UBND,2026-02-20,`,
      `7.000003,Chấm dứt giám hộ,HT,${COMMUNE_A},level2,"2,5",working_days,x,,,`,
    ].join('\r\n');
    const job = await finished((await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', { csv })).body.id);
    expect(job).toEqual(expect.objectContaining({ format: 'csv', total: 3, published: 1, drafted: 1, rejected: 1 }));
    expect(job.rejections[0]).toEqual(expect.objectContaining({
      row: 3, code: '7.000002', error: 'VALIDATION_FAILED', details: [{ path: '/processingTimeValue', message: 'Cột processingTimeValue: “ba” không phải là số.' }],
    }));
    const shown = await kit.get('/api/procedures/7.000001');
    expect(shown.body).toEqual(expect.objectContaining({
      name: 'Cấp bản sao trích lục, có chứng thực', agencyCodes: [COMMUNE_A, COMMUNE_B], postalAllowed: true, fees: [{ name: 'Phí', amount: 8000 }],
    }));
    const raw = await kit.platform.http.post('/api/admin/catalogue/imports.csv').set('Authorization', `Bearer ${kit.tokens.control}`)
      .set('Content-Type', 'text/csv').send(`\uFEFFcode;name;sectorCode;agencyCodes;serviceLevel;processingTimeValue;processingTimeUnit\n7.000004;Đăng ký lại kết hôn;HT;${COMMUNE_A};level2;5;working_days\n`);
    expect(raw.status).toBe(202);
    expect(await finished(raw.body.id)).toEqual(expect.objectContaining({ total: 1, drafted: 1 }));
  });

  it('refuses an unreadable file whole, and lets only importing roles import', async () => {
    const badHeader = await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', { csv: 'code,ten\n1,2' });
    expect(badHeader.status).toBe(422);
    expect(badHeader.body.error.code).toBe('CATALOGUE_FILE_INVALID');
    const unclosed = await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', { csv: 'code,name\n"1.0,abc' });
    expect(unclosed.body.error.details[0].message).toBe('Dòng 2: thiếu dấu ngoặc kép đóng ô.');
    expect((await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', {})).status).toBe(400);
    expect((await kit.post(kit.tokens.designer, '/api/admin/catalogue/imports', { procedures: [] })).status).toBe(403);
    expect((await kit.get('/api/admin/catalogue/imports/999', kit.tokens.control)).body.error.code).toBe('CATALOGUE_IMPORT_NOT_FOUND');
  });
});
