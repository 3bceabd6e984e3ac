import { bearer } from '../../test/support/platform';
import { readXlsx, XLSX_TYPE } from './transfer/spreadsheet';
import { COMMUNE_A, COMMUNE_B, DECISION, KIT_TIMEOUT, STANDARD_TASKS, sampleProcedure, startCatalogueKit, type CatalogueKit } from './catalogue-test-kit';

/** Records compared across catalogues: the form's version number follows each catalogue's own version. */
const comparable = (records: { formSchema?: { version?: number } | null }[]) =>
  records.map((record) => ({ ...record, formSchema: record.formSchema ? { ...record.formSchema, version: undefined } : null }));

describe('exporting the catalogue and importing it elsewhere (round trip)', () => {
  let source: CatalogueKit;
  let target: CatalogueKit;
  const views = { reception: { visible: ['*'], editable: [] }, appraisal: { visible: ['*'], editable: ['*'] } };

  async function importInto(kit: CatalogueKit, body: object) {
    return finished(kit, await kit.post(kit.tokens.control, '/api/admin/catalogue/imports', body));
  }

  /** Follows an import's progress until it ends. */
  async function finished(kit: CatalogueKit, started: { status: number; body: { id: number } }) {
    expect(started.status).toBe(202);
    for (;;) {
      const job = await kit.get(`/api/admin/catalogue/imports/${started.body.id}`, kit.tokens.control);
      if (job.body.status !== 'running') return job.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The imported drafts that run on a process still need their test run and publication. */
  async function publishDrafts(kit: CatalogueKit) {
    for (const draft of (await kit.get('/api/admin/procedures?status=draft', kit.tokens.control)).body) {
      await kit.post(kit.tokens.control, `/api/admin/procedures/${draft.code}/test-runs`, { outcome: 'passed' });
      expect((await kit.post(kit.tokens.control, `/api/admin/procedures/${draft.code}/publish`)).status).toBe(200);
    }
  }

  beforeAll(async () => {
    // One after the other: two platforms starting at once compete for a small machine.
    source = await startCatalogueKit();
    target = await startCatalogueKit();
    for (const kit of [source, target]) await kit.deploy('standard', STANDARD_TASKS);
    await source.publish(sampleProcedure({
      steps: 'Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả, "đúng hẹn".', applicants: 'Hộ gia đình, cá nhân', postalAllowed: true,
      methods: [{ channel: 'online', processingTime: { value: 13, unit: 'working_days' } }, { channel: 'counter' }],
      fees: [{ name: 'Lệ phí', amount: 75000, note: 'Nộp khi nhận kết quả; miễn cho hộ nghèo' }],
      formSchema: {
        schema: { type: 'object', properties: { owner: { type: 'string', title: 'Chủ đầu tư' } } }, views,
        components: [{ code: 'GIAY_TO_DAT', name: 'Giấy tờ đất', required: true }, { code: 'BAN_VE', name: 'Bản vẽ', required: true }],
      },
    }));
    await source.publish({
      code: '1.001193', name: 'Đăng ký khai sinh', sectorCode: 'HT', agencyCodes: [COMMUNE_A], serviceLevel: 'level2',
      processingTime: { value: 1, unit: 'working_days' }, components: [{ code: 'GCS', name: 'Giấy chứng sinh', formTemplate: 'Mẫu TP/HT-2024', required: true }],
      conditions: 'Trong 60 ngày kể từ ngày sinh', legalBasis: 'Luật Hộ tịch 2014', decision: DECISION,
    });
    await source.post(source.tokens.control, '/api/admin/procedures/1.001193/agencies', { agencyCodes: [COMMUNE_B] });
  }, KIT_TIMEOUT * 2);
  afterAll(() => Promise.all([source?.close(), target?.close()]));

  it('exports the versions in force as JSON that imports unchanged into another catalogue', async () => {
    const exported = await source.get('/api/admin/catalogue/export', source.tokens.control);
    expect(exported.status).toBe(200);
    expect(exported.body).toEqual(expect.objectContaining({ format: 'tthc-catalogue', version: 1, exportedAt: '2026-03-02T09:00:00+07:00' }));
    expect(exported.body.procedures.map((p: { code: string }) => p.code)).toEqual(['1.000948', '1.001193']);
    expect(exported.body.procedures[1].agencyCodes).toEqual([COMMUNE_A, COMMUNE_B]);
    const job = await importInto(target, exported.body);
    expect(job).toEqual(expect.objectContaining({ total: 2, published: 1, drafted: 1, rejected: 0 }));
    await publishDrafts(target);
    const reexported = await target.get('/api/admin/catalogue/export', target.tokens.control);
    expect(reexported.body.procedures).toEqual(exported.body.procedures);
  });

  it('exports CSV for spreadsheets, which imports back to the same records', async () => {
    const csv = await source.get('/api/admin/catalogue/export?format=csv', source.tokens.control);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="danh-muc-tthc.csv"');
    expect(csv.text.startsWith('\uFEFFcode,name,sectorCode,agencyCodes,')).toBe(true);
    const job = await importInto(target, { csv: csv.text });
    expect(job).toEqual(expect.objectContaining({ total: 2, rejected: 0 }));
    await publishDrafts(target);
    const fromSource = (await source.get('/api/admin/catalogue/export', source.tokens.control)).body.procedures;
    const fromTarget = (await target.get('/api/admin/catalogue/export', target.tokens.control)).body.procedures;
    expect(comparable(fromTarget)).toEqual(comparable(fromSource));
    expect((await target.get('/api/procedures/1.000948')).body.version).toBe(2);
  });

  it('exports an Excel workbook with the same columns, which imports back to the same records', async () => {
    const xlsx = await source.get('/api/admin/catalogue/export?format=xlsx', source.tokens.control).buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="danh-muc-tthc.xlsx"');
    const sheet = await readXlsx(xlsx.body as Buffer);
    expect(sheet[0].cells.slice(0, 4)).toEqual(['code', 'name', 'sectorCode', 'agencyCodes']);
    expect(sheet[2].cells.slice(0, 4)).toEqual(['1.001193', 'Đăng ký khai sinh', 'HT', `${COMMUNE_A};${COMMUNE_B}`]);

    const job = await finished(target, await target.platform.http.post('/api/admin/catalogue/imports.xlsx')
      .set(bearer(target.tokens.control)).set('content-type', XLSX_TYPE).send(xlsx.body));
    expect(job).toEqual(expect.objectContaining({ format: 'xlsx', total: 2, rejected: 0 }));
    await publishDrafts(target);
    const fromSource = (await source.get('/api/admin/catalogue/export', source.tokens.control)).body.procedures;
    const fromTarget = (await target.get('/api/admin/catalogue/export', target.tokens.control)).body.procedures;
    expect(comparable(fromTarget)).toEqual(comparable(fromSource));
  });

  it('refuses a file that is not a workbook, saying why', async () => {
    const response = await target.platform.http.post('/api/admin/catalogue/imports.xlsx')
      .set(bearer(target.tokens.control)).set('content-type', XLSX_TYPE).send(Buffer.from('MZ\x90\x00 không phải bảng tính'));
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual(expect.objectContaining({ code: 'CATALOGUE_FILE_INVALID', details: [expect.objectContaining({ path: '/xlsx' })] }));
  });

  it('lets only catalogue roles export', async () => {
    expect((await source.get('/api/admin/catalogue/export', source.tokens.desk)).status).toBe(403);
    expect((await source.get('/api/admin/catalogue/export?format=pdf', source.tokens.control)).status).toBe(400);
  });
});
