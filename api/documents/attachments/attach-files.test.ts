import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { sql } from '../../db/sql';
import { binary, citizenToken, demoLogin, insertDossier, officerToken } from '../testing/dossier-fixture';
import { docxBomb, fakeExe, minimalDocx, minimalXlsx, simplePdf, tinyPng } from '../testing/files';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('attaching files to a dossier component', () => {
  let platform: TestPlatform;
  let storageDir: string;
  let owner: string;
  let stranger: string;
  let desk: string;
  let otherAgencyDesk: string;
  let catalogue: boolean;
  const code = '000.00.14.H99-260302-0201';

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'tthc-files-'));
    platform = await startTestPlatform({ DEMO: '1', STORAGE_DIR: storageDir, ATTACHMENT_MAX_MB: '1', ATTACHMENT_OFFICE_TYPES: 'docx' });
    await insertDossier(platform, { code, status: 'submitted', channel: 'online', applicantSubject: 'vneid-owner', receivedAt: null, dueAt: null, receivedBy: null });
    await insertDossier(platform, { code: '000.00.14.H99-260302-0202', status: 'processing', channel: 'online', applicantSubject: 'vneid-owner' });
    owner = await citizenToken(platform, 'vneid-owner', 'Trần Thị Ánh Tuyết', '079190000123');
    stranger = await citizenToken(platform, 'vneid-stranger', 'Lê Văn Khác', '079190000999');
    desk = await demoLogin(platform, 'motcua');
    otherAgencyDesk = await officerToken(platform, 'motcua.tuphap', '000.00.15.H99', ['desk_officer']);
    catalogue = (await sql(platform.orm.em.fork()).one<{ present: boolean }>("select to_regclass('procedure_version') is not null as present"))!.present;
  });
  afterAll(() => platform.close());

  const upload = (token: string, name: string, content: Buffer, componentCode = 'GIAY_TO_DAT', dossier = code) =>
    platform.http.post(`/api/dossiers/${dossier}/attachments`).set(bearer(token)).field('componentCode', componentCode).attach('file', content, name);

  it('stores a PDF with its SHA-256, its type from the content and its original name', async () => {
    const pdf = await simplePdf('Giay chung nhan quyen su dung dat');
    const response = await upload(owner, 'Giấy chứng nhận quyền sử dụng đất.pdf', pdf);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      componentCode: 'GIAY_TO_DAT', originalName: 'Giấy chứng nhận quyền sử dụng đất.pdf', mediaType: 'application/pdf', extension: 'pdf',
      size: pdf.length, sha256: sha256(pdf), signatureStatus: 'none', uploadedBy: 'Trần Thị Ánh Tuyết',
    });
    const download = await platform.http.get(`/api/dossiers/${code}/attachments/${response.body.id}`).set(bearer(owner)).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.body.equals(pdf)).toBe(true);
    expect(download.headers['x-content-sha256']).toBe(sha256(pdf));
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng");
    const history = await sql(platform.orm.em.fork()).all<{ kind: string }>("select kind from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ?", [code]);
    expect(history.map((e) => e.kind)).toContain('attachment_added');
  });

  it('records a PNG named .pdf as the PNG it is', async () => {
    const response = await upload(owner, 'ban-ve.pdf', tinyPng, 'BAN_VE_THIET_KE');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ originalName: 'ban-ve.pdf', mediaType: 'image/png', extension: 'png' });
    const download = await platform.http.get(`/api/dossiers/${code}/attachments/${response.body.id}`).set(bearer(desk)).buffer(true).parse(binary);
    expect(download.headers['content-type']).toBe('image/png');
  });

  it('refuses an executable renamed .pdf, and text, with 415', async () => {
    for (const [name, content] of [['don-de-nghi.pdf', fakeExe], ['ghi-chu.pdf', Buffer.from('Chỉ là văn bản thuần, không phải PDF.')]] as const) {
      const response = await upload(owner, name, content);
      expect(response.status).toBe(415);
      expect(response.body.error.code).toBe('FILE_TYPE_REFUSED');
      expect(response.body.error.details[0].message).toContain('hệ thống chỉ nhận: pdf, jpg, png, docx');
    }
  });

  it('accepts the office formats the province enabled, and only those', async () => {
    expect((await upload(owner, 'to-khai.docx', minimalDocx())).body).toMatchObject({ extension: 'docx' });
    const xlsx = await upload(owner, 'bang-tinh.xlsx', minimalXlsx());
    expect(xlsx.status).toBe(415);
    expect(xlsx.body.error.details[0].message).toContain('là định dạng xlsx');
  });

  it('refuses a zip bomb dressed as a .docx', async () => {
    const response = await upload(owner, 'to-khai.docx', docxBomb());
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('ATTACHMENT_INVALID');
    expect(response.body.error.details[0].message).toContain('bom nén');
  });

  it('refuses a file over the size limit with 413', async () => {
    const big = Buffer.concat([await simplePdf('lon'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const response = await upload(owner, 'lon.pdf', big);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(response.body.error.message).toContain('tối đa 1 MB');
  });

  it('keeps names with path tricks and hidden characters for display only', async () => {
    const pdf = await simplePdf('path');
    const response = await upload(owner, '../../../etc/hoso\u202Efdp.exe', pdf);
    expect(response.status).toBe(201);
    expect(response.body.originalName).toBe('hosofdp.exe');
    const stored = readdirSync(join(storageDir, 'attachments'), { recursive: true }).map(String);
    expect(stored.every((file) => /^\d+(\/[0-9a-f-]{36}\.(pdf|png|docx))?$/.test(file))).toBe(true);
    expect(existsSync(join(storageDir, '..', 'etc'))).toBe(false);
  });

  it('checks the component against the procedure and the dossier state', async () => {
    if (catalogue) {
      const unknown = await upload(owner, 'x.pdf', await simplePdf('x'), 'KHONG_CO');
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.code).toBe('UNKNOWN_COMPONENT');
    }
    expect((await upload(owner, 'x.pdf', await simplePdf('x'), '../evil')).status).toBe(400);
    const closed = await upload(owner, 'x.pdf', await simplePdf('x'), 'GIAY_TO_DAT', '000.00.14.H99-260302-0202');
    expect(closed.status).toBe(409);
    expect((await upload(desk, 'x.pdf', await simplePdf('x'), 'GIAY_TO_DAT', '000.00.14.H99-260302-0202')).status).toBe(201);
  });

  it('hides a dossier\'s files from other applicants and officers out of scope (404)', async () => {
    const list = await platform.http.get(`/api/dossiers/${code}/attachments`).set(bearer(owner));
    expect(list.status).toBe(200);
    const id = list.body[0].id;
    for (const token of [stranger, otherAgencyDesk]) {
      expect((await platform.http.get(`/api/dossiers/${code}/attachments/${id}`).set(bearer(token))).status).toBe(404);
      expect((await platform.http.get(`/api/dossiers/${code}/attachments`).set(bearer(token))).status).toBe(404);
      expect((await upload(token, 'x.pdf', await simplePdf('x'))).status).toBe(404);
    }
    expect((await platform.http.get(`/api/dossiers/${code}/attachments/${id}`)).status).toBe(401);
    // An id from another dossier does not open through this one.
    const other = (await platform.http.get('/api/dossiers/000.00.14.H99-260302-0202/attachments').set(bearer(desk))).body[0].id;
    expect((await platform.http.get(`/api/dossiers/${code}/attachments/${other}`).set(bearer(owner))).status).toBe(404);
  });

  it('refuses to serve a file altered in storage', async () => {
    const response = await upload(owner, 'doi-chieu.pdf', await simplePdf('doi chieu'));
    const row = (await sql(platform.orm.em.fork()).one<{ storage_key: string }>('select storage_key from attachment where id = ?', [response.body.id]))!;
    await platform.app.documents.files.put(row.storage_key, await simplePdf('da bi sua'));
    const download = await platform.http.get(`/api/dossiers/${code}/attachments/${response.body.id}`).set(bearer(owner));
    expect(download.status).toBe(500);
    expect(download.body.error.code).toBe('STORED_FILE_CORRUPTED');
  });
});
