import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { binary, citizenToken, demoLogin, insertDossier } from '../testing/dossier-fixture';

/** poppler's own verdict on a signed PDF, independent of ours. */
function pdfsig(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tthc-sig-')), 'signed.pdf');
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('signing the result: the competent officer first, then the agency (D11)', () => {
  let platform: TestPlatform;
  let specialist: string;
  let leader: string;
  let clerk: string;
  let applicant: string;
  let signed: Buffer;
  const code = '000.00.14.H99-260302-0301';

  beforeAll(async () => {
    platform = await startTestPlatform({ DEMO: '1', STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tthc-files-')) });
    await insertDossier(platform, { code, channel: 'online', applicantSubject: 'vneid-result' });
    specialist = await demoLogin(platform, 'chuyenvien');
    leader = await demoLogin(platform, 'lanhdao');
    clerk = await demoLogin(platform, 'vanthu');
    applicant = await citizenToken(platform, 'vneid-result', 'Trần Thị Ánh Tuyết', '079190000123');
    platform.clock.set(new Date('2026-03-10T09:00:00+07:00'));
  });
  afterAll(() => platform.close());

  const sign = (token: string, as: 'officer' | 'agency') => platform.http.post(`/api/dossiers/${code}/result/sign`).set(bearer(token)).send({ as });

  it('takes the draft result from the specialist, unsigned, hidden from the applicant', async () => {
    const draft = await platform.app.documents.renderer.render(
      '<html><body><h1>GIẤY PHÉP XÂY DỰNG</h1><p>Số: 12/GPXD. Cấp cho bà Trần Thị Ánh Tuyết.</p></body></html>', { paper: 'A4' },
    );
    const response = await platform.http.post(`/api/dossiers/${code}/result`).set(bearer(specialist)).attach('file', draft, 'giay-phep-xay-dung.pdf');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ purpose: 'result', resultStage: 'draft', signatureStatus: 'none' });
    expect((await platform.http.get(`/api/dossiers/${code}/result.pdf`).set(bearer(applicant))).status).toBe(404);
  });

  it('refuses the agency signature before the officer has signed, and signing by the wrong role', async () => {
    const early = await sign(clerk, 'agency');
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('RESULT_SIGNING_ORDER');
    expect((await sign(specialist, 'officer')).status).toBe(403);
    expect((await sign(clerk, 'officer')).status).toBe(403);
  });

  it('signs personally for the leader, then for the agency, each signature valid and chained to the demo CA', async () => {
    const first = await sign(leader, 'officer');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ resultStage: 'officer_signed', signatureStatus: 'valid' });
    expect(first.body.signatures).toEqual([expect.objectContaining({
      signer: 'Võ Minh Quang', organisation: 'Sở Xây dựng tỉnh Demo', issuer: 'CA Demo - chỉ dùng thử, không có giá trị pháp lý',
      intact: true, trusted: true, coversWholeFile: true, reason: 'Phê duyệt kết quả giải quyết hồ sơ 000.00.14.H99-260302-0301',
    })]);
    expect((await sign(leader, 'officer')).status).toBe(409);

    const second = await sign(clerk, 'agency');
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ resultStage: 'agency_signed', signatureStatus: 'valid' });
    expect(second.body.verificationId).toMatch(/^[0-9A-Z]{16}$/);
    expect(second.body.signatures.map((s: { signer: string; intact: boolean; coversWholeFile: boolean }) => [s.signer, s.intact, s.coversWholeFile])).toEqual([
      ['Võ Minh Quang', true, false], ['Sở Xây dựng tỉnh Demo', true, true],
    ]);

    const download = await platform.http.get(`/api/dossiers/${code}/result.pdf`).set(bearer(applicant)).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['x-signature-status']).toBe('valid');
    signed = download.body;
    const poppler = pdfsig(signed);
    expect(poppler.match(/Signature is Valid/g)).toHaveLength(2);
    expect(poppler).toContain('Signature Type: ETSI.CAdES.detached');
    expect(poppler).toContain('Total document signed');
  });

  it('reports a signed PDF altered afterwards as tampered, on upload and on reading', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/MediaBox');
    tampered[at + 12] = tampered[at + 12] === 0x35 ? 0x36 : 0x35;
    const response = await platform.http.post(`/api/dossiers/${code}/attachments`).set(bearer(applicant))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', tampered, 'giay-phep-da-sua.pdf');
    // The applicant's dossier is being processed: only officers add files now.
    expect(response.status).toBe(409);
    const desk = await demoLogin(platform, 'motcua');
    const reported = await platform.http.post(`/api/dossiers/${code}/attachments`).set(bearer(desk))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', tampered, 'giay-phep-da-sua.pdf');
    expect(reported.status).toBe(201);
    expect(reported.body.signatureStatus).toBe('tampered');
    expect(reported.body.signatures[0]).toMatchObject({ intact: false, status: 'tampered', problem: 'Nội dung tệp đã bị thay đổi sau khi ký.' });
    const check = await platform.http.get(`/api/dossiers/${code}/attachments/${reported.body.id}/signatures`).set(bearer(desk));
    expect(check.body.status).toBe('tampered');

    const asResult = await platform.http.post(`/api/dossiers/${code}/result`).set(bearer(specialist)).attach('file', tampered, 'ket-qua.pdf');
    expect(asResult.status).toBe(422);
    expect(asResult.body.error.code).toBe('SIGNATURE_INVALID');
  });

  it('reports content appended after the last signature', async () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% thêm vào sau khi ký\n')]);
    const desk = await demoLogin(platform, 'motcua');
    const reported = await platform.http.post(`/api/dossiers/${code}/attachments`).set(bearer(desk))
      .field('componentCode', 'GIAY_TO_DAT').attach('file', appended, 'them-sau.pdf');
    expect(reported.body.signatureStatus).toBe('modified_after_signing');
  });
});
