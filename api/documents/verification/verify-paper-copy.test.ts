import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { binary, citizenToken, demoLogin, insertDossier, pdfText, pdfToPng } from '../testing/dossier-fixture';
import { simplePdf, tinyPng } from '../testing/files';
import { pdfImages, qrImageEncodes } from '../testing/qr-check';

const LOOK_DIR = join(tmpdir(), 'tthc-notices');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const PUBLIC_URL = 'https://dichvucong.demo.gov.vn';

describe('paper copies carry a QR code leading to a public verification of code, issuer and checksum', () => {
  let platform: TestPlatform;
  let desk: string;
  let applicant: string;
  const code = '000.00.14.H99-260302-0501';

  beforeAll(async () => {
    mkdirSync(LOOK_DIR, { recursive: true });
    platform = await startTestPlatform({ DEMO: '1', PUBLIC_URL, STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tthc-files-')) });
    desk = await demoLogin(platform, 'motcua');
    applicant = await citizenToken(platform, 'vneid-copy', 'Trần Thị Ánh Tuyết', '079190000123');
    await insertDossier(platform, { code, channel: 'online', applicantSubject: 'vneid-copy' });
  });
  afterAll(() => platform.close());

  const pdf = (url: string, token: string) => platform.http.get(url).set(bearer(token)).buffer(true).parse(binary);

  it('verifies an issued notice by the code printed under its QR, as JSON and as a page', async () => {
    const receipt = await pdf(`/api/dossiers/${code}/notices/receipt.pdf`, desk);
    const id = receipt.headers['x-verification-id'];
    expect(id).toMatch(/^[0-9A-Z]{16}$/);
    expect(pdfImages(receipt.body).some((image) => qrImageEncodes(image, `${PUBLIC_URL}/api/verify/${id}`))).toBe(true);

    const json = await platform.http.get(`/api/verify/${id}`);
    expect(json.status).toBe(200);
    expect(json.body).toEqual({
      id, kind: 'notice', kindLabel: 'Phiếu do Bộ phận Tiếp nhận và Trả kết quả phát hành', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', code,
      issuer: 'Sở Xây dựng tỉnh Demo', issuedAt: '2026-03-02T09:00:00+07:00', issuedBy: 'Nguyễn Thị Lan', sha256: sha256(receipt.body), copySha256: null,
      status: 'valid',
    });
    expect((await platform.http.get(`/api/verify/${id}?sha256=${sha256(receipt.body)}`)).body.matches).toBe(true);
    expect((await platform.http.get(`/api/verify/${id}?sha256=${'0'.repeat(64)}`)).body.matches).toBe(false);

    const page = await platform.http.get(`/api/verify/${id.toLowerCase()}`).set('Accept', 'text/html,application/xhtml+xml');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Giấy tờ do hệ thống phát hành');
    expect(page.text).toContain('Sở Xây dựng tỉnh Demo');
    expect(page.text).toContain(sha256(receipt.body));
    expect(page.text).not.toContain('Trần Thị Ánh Tuyết');
  });

  it('answers an unknown code with 404, in JSON and on the page', async () => {
    const json = await platform.http.get('/api/verify/0123456789ABCDEF');
    expect(json.status).toBe(404);
    expect(json.body.error.code).toBe('VERIFICATION_NOT_FOUND');
    const page = await platform.http.get('/api/verify/0123456789ABCDEF').set('Accept', 'text/html');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Không tìm thấy giấy tờ với mã xác thực');
  });

  it('prints a dossier file as a paper copy stamped on every page, registered with both checksums', async () => {
    const original = await simplePdf('Ban ve thiet ke xay dung');
    const uploaded = await platform.http.post(`/api/dossiers/${code}/attachments`).set(bearer(desk))
      .field('componentCode', 'BAN_VE_THIET_KE').attach('file', original, 'Bản vẽ thiết kế.pdf');
    expect(uploaded.status).toBe(201);
    const copy = await pdf(`/api/dossiers/${code}/attachments/${uploaded.body.id}/paper-copy.pdf`, desk);
    expect(copy.status).toBe(200);
    pdfToPng(copy.body, LOOK_DIR, 'paper-copy');
    const id = copy.headers['x-verification-id'];
    const text = flat(pdfText(copy.body));
    expect(text).toContain('Ban ve thiet ke xay dung');
    expect(text).toContain('BẢN CHUYỂN ĐỔI TỪ VĂN BẢN ĐIỆN TỬ SANG VĂN BẢN GIẤY');
    expect(text).toContain(`Mã xác thực: ${id}`);
    expect(text).toContain('Người chuyển đổi: Nguyễn Thị Lan');
    expect(pdfImages(copy.body).some((image) => qrImageEncodes(image, `${PUBLIC_URL}/api/verify/${id}`))).toBe(true);
    const check = await platform.http.get(`/api/verify/${id}`);
    expect(check.body).toMatchObject({ kind: 'paper_copy', title: 'Bản vẽ thiết kế.pdf', code: `${code}/BAN_VE_THIET_KE`, sha256: sha256(original), copySha256: sha256(copy.body) });
  });

  it('prints an image file on an A4 page with the same band', async () => {
    const uploaded = await platform.http.post(`/api/dossiers/${code}/attachments`).set(bearer(desk))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', tinyPng, 'anh-chup.png');
    const copy = await pdf(`/api/dossiers/${code}/attachments/${uploaded.body.id}/paper-copy.pdf`, desk);
    expect(copy.status).toBe(200);
    expect(flat(pdfText(copy.body))).toContain('BẢN CHUYỂN ĐỔI TỪ VĂN BẢN ĐIỆN TỬ SANG VĂN BẢN GIẤY');
  });

  it('lets the applicant print their signed result, naming its signers on the copy', async () => {
    await platform.http.post(`/api/dossiers/${code}/result`).set(bearer(await demoLogin(platform, 'chuyenvien'))).attach('file', await simplePdf('Giay phep xay dung'), 'gp.pdf');
    expect((await platform.http.post(`/api/dossiers/${code}/result/sign`).set(bearer(await demoLogin(platform, 'lanhdao'))).send({ as: 'officer' })).status).toBe(200);
    expect((await pdf(`/api/dossiers/${code}/result/paper-copy.pdf`, applicant)).status).toBe(404);
    expect((await platform.http.post(`/api/dossiers/${code}/result/sign`).set(bearer(await demoLogin(platform, 'vanthu'))).send({ as: 'agency' })).status).toBe(200);
    const copy = await pdf(`/api/dossiers/${code}/result/paper-copy.pdf`, applicant);
    expect(copy.status).toBe(200);
    pdfToPng(copy.body, LOOK_DIR, 'result-paper-copy');
    expect(flat(pdfText(copy.body))).toContain('đã được ký số bởi: Võ Minh Quang; Sở Xây dựng tỉnh Demo');
  });

  it('leaves making copies of dossier files to the roles that convert documents', async () => {
    const list = await platform.http.get(`/api/dossiers/${code}/attachments`).set(bearer(desk));
    const leader = await demoLogin(platform, 'lanhdao');
    expect((await platform.http.get(`/api/dossiers/${code}/attachments/${list.body[0].id}/paper-copy.pdf`).set(bearer(leader))).status).toBe(403);
  });
});
