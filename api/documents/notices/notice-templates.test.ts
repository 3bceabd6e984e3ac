import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { binary, demoLogin, insertDossier, pdfText } from '../testing/dossier-fixture';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const builtIn = (file: string) => readFileSync(join(__dirname, '..', 'templates', file), 'utf8');

describe('notice kinds and templates are data a province manages', () => {
  let platform: TestPlatform;
  let control: string;
  let desk: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ DEMO: '1' });
    control = await demoLogin(platform, 'kiemsoat');
    desk = await demoLogin(platform, 'motcua');
    await insertDossier(platform, {
      code: '000.00.14.H99-260302-0101',
      events: [{ at: new Date('2026-03-16T16:00:00+07:00'), actor: 'Nguyễn Thị Lan', kind: 'extended', comment: 'Chờ ý kiến phối hợp.', data: { previousDueAt: '2026-03-16T10:00:00Z', newDueAt: '2026-03-20T10:00:00Z' } }],
    });
    await insertDossier(platform, { code: '000.00.14.H99-260302-0102', status: 'refused', receivedAt: null, dueAt: null });
  });
  afterAll(() => platform.close());

  const pdf = (url: string, token: string) => platform.http.get(url).set(bearer(token)).buffer(true).parse(binary);

  it('lists the seven built-in kinds, each with version 1 in force', async () => {
    const response = await platform.http.get('/api/notice-templates').set(bearer(desk));
    expect(response.status).toBe(200);
    const kinds = response.body.map((t: { kind: string; version: number; active: boolean }) => `${t.kind}@${t.version}${t.active ? '*' : ''}`);
    expect(kinds).toEqual(expect.arrayContaining([
      'receipt@1*', 'supplement-request@1*', 'refusal@1*', 'apology@1*', 'control-sheet@1*', 'stop@1*', 'register@1*',
    ]));
    expect(response.body.find((t: { kind: string }) => t.kind === 'register')).toMatchObject({ scope: 'period', paper: 'A4', landscape: true });
  });

  it('puts a new version in force without a code change, and rolls it back', async () => {
    const source = builtIn('apology.hbs').replace('Xin trân trọng cảm ơn./.', 'Trân trọng cảm ơn sự thông cảm của Ông/Bà./.');
    const created = await platform.http.post('/api/notice-templates').set(bearer(control)).send({
      kind: 'apology', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', paper: 'A4', appliesWhen: { events: ['extended'] }, numberSymbol: 'PXL', source,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'apology', version: 2, active: true });
    const printed = await pdf('/api/dossiers/000.00.14.H99-260302-0101/notices/apology.pdf', desk);
    expect(flat(pdfText(printed.body))).toContain('Trân trọng cảm ơn sự thông cảm của Ông/Bà./.');

    const rollback = await platform.http.post('/api/notice-templates/apology/versions/1/activate').set(bearer(control));
    expect(rollback.status).toBe(200);
    const detail = await platform.http.get('/api/notice-templates/apology/versions/2').set(bearer(control));
    expect(detail.body).toMatchObject({ version: 2, active: false });
    expect(detail.body.source).toContain('sự thông cảm');
  });

  it('adds a new kind of notice, with its own conditions, that prints for the dossiers it applies to', async () => {
    const source = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{{> styles}}</head><body>
      {{> national-header line1=(upper agency.parentName) line2=(upper agency.name) number=notice.number place=place date=notice.issuedAt}}
      <h1 class="title">{{notice.title}}</h1>
      <p>Hồ sơ {{dossier.code}} của {{applicant.fullName}} được chuyển đến cơ quan phối hợp ngày {{date notice.issuedAt}}.</p>
      {{> verification}}</body></html>`;
    const created = await platform.http.post('/api/notice-templates').set(bearer(control)).send({
      kind: 'transfer-slip', title: 'Phiếu chuyển hồ sơ liên thông', paper: 'A5', numberSymbol: 'PCLT',
      appliesWhen: { received: true, statuses: ['processing'] }, source,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'transfer-slip', version: 1, active: true, scope: 'dossier', kept: true });

    const printed = await pdf('/api/dossiers/000.00.14.H99-260302-0101/notices/transfer-slip.pdf', desk);
    expect(printed.status).toBe(200);
    const text = flat(pdfText(printed.body));
    expect(text).toContain('PHIẾU CHUYỂN HỒ SƠ LIÊN THÔNG');
    expect(text).toContain('Số: 1/PCLT');
    expect(text).toContain('Hồ sơ 000.00.14.H99-260302-0101 của Trần Thị Ánh Tuyết được chuyển đến cơ quan phối hợp');

    const refused = await platform.http.get('/api/dossiers/000.00.14.H99-260302-0102/notices/transfer-slip.pdf').set(bearer(desk));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Phiếu chuyển hồ sơ liên thông không áp dụng');
  });

  it('refuses a template with a syntax error before storing it (422)', async () => {
    const response = await platform.http.post('/api/notice-templates').set(bearer(control)).send({
      kind: 'receipt', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', paper: 'A4',
      source: '<html><body>\n<p>{{#if dossier.code}}Mã hồ sơ: {{dossier.code}}</p>\n</body></html>',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('NOTICE_TEMPLATE_INVALID');
    expect(response.body.error.details[0]).toMatchObject({ path: '/source' });
    expect(response.body.error.details[0].message).toMatch(/Handlebars|dòng/);
    const versions = (await platform.http.get('/api/notice-templates').set(bearer(desk))).body.filter((t: { kind: string }) => t.kind === 'receipt');
    expect(versions).toHaveLength(1);
  });

  it('refuses a template that calls a helper or partial the platform does not have', async () => {
    for (const body of ['{{formatMoney dossier.fee}}', '{{> no-such-partial}}']) {
      const response = await platform.http.post('/api/notice-templates').set(bearer(control)).send({
        kind: 'receipt', title: 'Giấy tiếp nhận', paper: 'A4', source: `<html><body>${body}</body></html>`,
      });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('NOTICE_TEMPLATE_INVALID');
    }
  });

  it('renders templates with no script and no outside resource', async () => {
    const source = `<html><head><meta charset="utf-8"></head><body><p>Trước</p>
      <script>document.write('SCRIPT-RAN')</script>
      <iframe src="file:///etc/hostname"></iframe><img src="http://169.254.169.254/latest/meta-data/">
      <p>Sau</p></body></html>`;
    const created = await platform.http.post('/api/notice-templates').set(bearer(control)).send({
      kind: 'probe', title: 'Phiếu thử', paper: 'A5', source, activate: false,
    });
    expect(created.status).toBe(201);
    const preview = await pdf('/api/notice-templates/probe/versions/1/preview.pdf', control);
    expect(preview.status).toBe(200);
    const text = flat(pdfText(preview.body));
    expect(text).toContain('Trước');
    expect(text).toContain('Sau');
    expect(text).not.toContain('SCRIPT-RAN');
    expect(text).not.toContain(readFileSync('/etc/hostname', 'utf8').trim());
    // Not in force: dossiers cannot print it.
    expect((await platform.http.get('/api/dossiers/000.00.14.H99-260302-0101/notices/probe.pdf').set(bearer(desk))).status).toBe(404);
  });

  it('leaves template management to the control office', async () => {
    const response = await platform.http.post('/api/notice-templates').set(bearer(desk)).send({
      kind: 'receipt', title: 'Giấy tiếp nhận', paper: 'A4', source: builtIn('receipt.hbs'),
    });
    expect(response.status).toBe(403);
  });
});
