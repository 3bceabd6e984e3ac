import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { binary, citizenToken, demoApplicant, demoLogin, insertDossier, pdfText, pdfToPng } from '../testing/dossier-fixture';
import { pdfImages, qrImageEncodes } from '../testing/qr-check';

/** Where a person looks at the rendered notices (pdftoppm output), kept after the run. */
const LOOK_DIR = join(tmpdir(), 'tthc-notices');
const t = (iso: string) => new Date(`${iso}+07:00`);
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('official notices of a dossier, rendered from the active templates', () => {
  let platform: TestPlatform;
  let desk: string;

  beforeAll(async () => {
    mkdirSync(LOOK_DIR, { recursive: true });
    platform = await startTestPlatform({ DEMO: '1', STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tthc-files-')), PUBLIC_URL: 'https://dichvucong.demo.gov.vn' });
    desk = await demoLogin(platform, 'motcua');
  });
  afterAll(() => platform.close());

  const get = (url: string, token: string) => platform.http.get(url).set(bearer(token)).buffer(true).parse(binary);

  it('prints the receipt with the tracking QR code, the appointment and the applicant', async () => {
    await insertDossier(platform, { code: '000.00.14.H99-260302-0001' });
    const response = await get('/api/dossiers/000.00.14.H99-260302-0001/notices/receipt.pdf', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'receipt');
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = flat(pdfText(response.body));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('SỞ XÂY DỰNG TỈNH DEMO');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mã hồ sơ: 000.00.14.H99-260302-0001');
    expect(text).toContain('Tiếp nhận hồ sơ của: Trần Thị Ánh Tuyết');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(text).toContain('Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 02 tháng 3 năm 2026');
    expect(text).toContain('Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 16 tháng 3 năm 2026');
    expect(text).toContain('Demo, ngày 02 tháng 3 năm 2026');
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text).toContain('https://dichvucong.demo.gov.vn/tra-cuu/000.00.14.H99-260302-0001');

    const images = pdfImages(response.body);
    expect(images.some((image) => qrImageEncodes(image, 'https://dichvucong.demo.gov.vn/tra-cuu/000.00.14.H99-260302-0001'))).toBe(true);
  });

  it('prints the request to supplement with the items and the reason', async () => {
    await insertDossier(platform, {
      code: '000.00.14.H99-260302-0002', status: 'supplement_requested',
      events: [{
        at: t('2026-03-03T10:00:00'), actor: 'Nguyễn Thị Lan', kind: 'supplement_requested', comment: 'Bản vẽ chưa có chữ ký của chủ đầu tư.',
        data: { items: ['Hai bộ bản vẽ thiết kế có chữ ký của chủ đầu tư', 'Bản sao có chứng thực giấy chứng nhận quyền sử dụng đất'] },
      }],
    });
    platform.clock.set(t('2026-03-03T10:05:00'));
    const response = await get('/api/dossiers/000.00.14.H99-260302-0002/notices/supplement-request.pdf', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'supplement-request');
    const text = flat(pdfText(response.body));
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toMatch(/Số: 1\/PYCBS/);
    expect(text).toContain('Hồ sơ của: Trần Thị Ánh Tuyết');
    expect(text).toContain('1. Hai bộ bản vẽ thiết kế có chữ ký của chủ đầu tư');
    expect(text).toContain('2. Bản sao có chứng thực giấy chứng nhận quyền sử dụng đất');
    expect(text).toContain('Lý do: Bản vẽ chưa có chữ ký của chủ đầu tư.');
    expect(text).toContain('Demo, ngày 03 tháng 3 năm 2026');
  });

  it('prints the refusal of an online dossier with its written reason', async () => {
    await insertDossier(platform, {
      code: '000.00.14.H99-260302-0003', status: 'refused', channel: 'online', receivedAt: null, dueAt: null, receivedBy: null,
      events: [
        { at: t('2026-03-02T08:00:00'), actor: 'Trần Thị Ánh Tuyết', kind: 'submitted' },
        { at: t('2026-03-02T14:00:00'), actor: 'Nguyễn Thị Lan', kind: 'refused', comment: 'Công trình thuộc thẩm quyền cấp phép của Ủy ban nhân dân cấp xã.' },
      ],
    });
    const response = await get('/api/dossiers/000.00.14.H99-260302-0003/notices/refusal.pdf', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'refusal');
    const text = flat(pdfText(response.body));
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('từ chối tiếp nhận giải quyết hồ sơ này vì lý do sau');
    expect(text).toContain('Công trình thuộc thẩm quyền cấp phép của Ủy ban nhân dân cấp xã.');
    expect(text).toContain('Xin thông báo cho Ông/Bà được biết và thực hiện./.');

    const receipt = await platform.http.get('/api/dossiers/000.00.14.H99-260302-0003/notices/receipt.pdf').set(bearer(desk));
    expect(receipt.status).toBe(409);
    expect(receipt.body.error.code).toBe('NOTICE_NOT_APPLICABLE');
    expect(receipt.body.error.message).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả không áp dụng');
    expect(receipt.body.error.message).toContain('Từ chối tiếp nhận');
  });

  it('prints the apology with the date missed and the new appointment', async () => {
    await insertDossier(platform, {
      code: '000.00.14.H99-260302-0004', dueAt: t('2026-03-23T17:00:00'),
      events: [{
        at: t('2026-03-16T16:00:00'), actor: 'Nguyễn Thị Lan', kind: 'extended', comment: 'Cần lấy ý kiến của Sở Tài nguyên và Môi trường.',
        data: { previousDueAt: t('2026-03-16T17:00:00').toISOString(), newDueAt: t('2026-03-23T17:00:00').toISOString() },
      }],
    });
    platform.clock.set(t('2026-03-16T16:10:00'));
    const response = await get('/api/dossiers/000.00.14.H99-260302-0004/notices/apology.pdf', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'apology');
    const text = flat(pdfText(response.body));
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH DEMO');
    expect(text).toContain('Kính gửi: Trần Thị Ánh Tuyết');
    expect(text).toContain('Ngày hẹn trả kết quả giải quyết hồ sơ: 16/03/2026');
    expect(text).toContain('Lý do: Cần lấy ý kiến của Sở Tài nguyên và Môi trường.');
    expect(text).toContain('hẹn lại thời gian trả kết quả vào ngày 23 tháng 3 năm 2026');

    const none = await platform.http.get('/api/dossiers/000.00.14.H99-260302-0001/notices/apology.pdf').set(bearer(desk));
    expect(none.status).toBe(409);
    expect(none.body.error.message).toContain('Phiếu xin lỗi và hẹn lại ngày trả kết quả không áp dụng');
  });

  it('prints the control sheet with every step, its officer and its times', async () => {
    await insertDossier(platform, {
      code: '000.00.14.H99-260302-0005',
      tasks: [
        { key: 'assign', name: 'Phân công thụ lý', role: 'department_head', department: 'QLXD', createdAt: t('2026-03-02T09:00:00'), dueAt: t('2026-03-03T09:00:00'), completedAt: t('2026-03-02T11:00:00'), completedBy: 'truongphong', action: 'assign' },
        { key: 'examine', name: 'Thẩm định hồ sơ', role: 'specialist', department: 'QLXD', createdAt: t('2026-03-02T11:00:00'), dueAt: t('2026-03-09T17:00:00'), completedAt: t('2026-03-05T15:00:00'), completedBy: 'chuyenvien', action: 'approve' },
        { key: 'sign', name: 'Lãnh đạo Sở phê duyệt', role: 'agency_leader', createdAt: t('2026-03-05T15:00:00'), dueAt: t('2026-03-06T17:00:00') },
      ],
      events: [{ at: t('2026-03-05T15:00:00'), actor: 'Phạm Thị Mai', kind: 'task_completed', taskKey: 'examine', action: 'approve', comment: 'Đủ điều kiện cấp phép.' }],
    });
    platform.clock.set(t('2026-03-09T08:00:00'));
    const response = await get('/api/dossiers/000.00.14.H99-260302-0005/notices/control-sheet.pdf', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'control-sheet');
    const text = pdfText(response.body, true);
    expect(flat(text)).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(flat(text)).toContain('(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)');
    const rows = text.split('\n');
    const row = (name: string) => flat(rows.find((line) => line.includes(name)) ?? '');
    expect(row('Tiếp nhận hồ sơ')).toContain('Nguyễn Thị Lan');
    expect(row('Phân công thụ lý')).toMatch(/Lê Văn Hùng.*09:00 02\/03\/2026.*09:00 03\/03\/2026.*11:00 02\/03\/2026.*Đúng hạn/);
    expect(row('Thẩm định hồ sơ')).toMatch(/Phạm Thị Mai.*11:00 02\/03\/2026.*17:00 09\/03\/2026.*15:00 05\/03\/2026.*Trước hạn/);
    expect(flat(text)).toMatch(/Lãnh đạo Sở phê duyệt.*Quá hạn/);
    expect(flat(text)).toContain('Đủ điều kiện cấp phép.');
  });

  it('prints the stop notice of a withdrawn dossier', async () => {
    await insertDossier(platform, {
      code: '000.00.14.H99-260302-0006', status: 'withdrawn',
      events: [{ at: t('2026-03-04T10:00:00'), actor: 'Nguyễn Thị Lan', kind: 'withdrawn', comment: 'Người nộp đề nghị rút hồ sơ để điều chỉnh thiết kế.' }],
    });
    const response = await get('/api/dossiers/000.00.14.H99-260302-0006/notices/stop.pdf', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'stop');
    const text = flat(pdfText(response.body));
    expect(text).toContain('PHIẾU DỪNG XỬ LÝ HỒ SƠ');
    expect(text).toContain('Ngày 04/03/2026, Ông/Bà/tổ chức đã đề nghị rút hồ sơ nêu trên.');
    expect(text).toContain('thông báo dừng xử lý hồ sơ nêu trên kể từ ngày 04 tháng 3 năm 2026');
    expect(text).toContain('Lý do: Người nộp đề nghị rút hồ sơ để điều chỉnh thiết kế.');

    const processing = await platform.http.get('/api/dossiers/000.00.14.H99-260302-0001/notices/stop.pdf').set(bearer(desk));
    expect(processing.status).toBe(409);
  });

  it('prints the register of the dossiers an agency received in a period', async () => {
    await insertDossier(platform, { code: '000.00.14.H99-260410-0001', receivedAt: t('2026-04-10T09:00:00'), dueAt: t('2026-04-24T17:00:00') });
    const response = await get('/api/agencies/000.00.14.H99/notices/register.pdf?from=2026-03-01&to=2026-03-31', desk);
    expect(response.status).toBe(200);
    pdfToPng(response.body, LOOK_DIR, 'register');
    const text = flat(pdfText(response.body, true));
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
    // The code column wraps after the agency part; each row still shows its own sequence.
    for (const code of ['0001', '0002', '0004', '0005', '0006']) expect(text).toContain(`260302-${code}`);
    expect(text.match(/000\.00\.14\.H99-/g)).toHaveLength(5);
    expect(text).not.toContain('260302-0003');
    expect(text).not.toContain('260410-0001');
    expect(text).toContain('Ánh Tuyết');
    expect(text).toContain('Tổng số hồ sơ tiếp nhận trong kỳ: 5.');

    const backwards = await platform.http.get('/api/agencies/000.00.14.H99/notices/register.pdf?from=2026-03-31&to=2026-03-01').set(bearer(desk));
    expect(backwards.status).toBe(400);
    const otherAgency = await platform.http.get('/api/agencies/000.00.15.H99/notices/register.pdf?from=2026-03-01&to=2026-03-31').set(bearer(desk));
    expect(otherAgency.status).toBe(403);
  });

  it('gives the same paper, number and verification code on every reprint of a kept notice', async () => {
    const first = await get('/api/dossiers/000.00.14.H99-260302-0002/notices/supplement-request.pdf', desk);
    platform.clock.set(t('2026-03-20T10:00:00'));
    const again = await get('/api/dossiers/000.00.14.H99-260302-0002/notices/supplement-request.pdf', desk);
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.headers['x-verification-id']).toBe(first.headers['x-verification-id']);
  });

  it('lets the applicant print their own notices and hides other applicants\' dossiers', async () => {
    await insertDossier(platform, { code: '000.00.14.H99-260302-0007', channel: 'online', applicantSubject: 'vneid-tuyet' });
    const owner = await citizenToken(platform, 'vneid-tuyet', demoApplicant.fullName, demoApplicant.idNumber);
    const stranger = await citizenToken(platform, 'vneid-khac', 'Lê Văn Khác', '079190000999');
    expect((await get('/api/dossiers/000.00.14.H99-260302-0007/notices/receipt.pdf', owner)).status).toBe(200);
    const refused = await platform.http.get('/api/dossiers/000.00.14.H99-260302-0007/notices/receipt.pdf').set(bearer(stranger));
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('DOSSIER_NOT_FOUND');
    // A counter dossier has no online applicant: no citizen reaches it.
    expect((await platform.http.get('/api/dossiers/000.00.14.H99-260302-0001/notices/receipt.pdf').set(bearer(owner))).status).toBe(404);
    expect((await platform.http.get('/api/dossiers/000.00.14.H99-260302-0007/notices/receipt.pdf')).status).toBe(401);
  });

  it('answers an unknown kind with 404', async () => {
    const response = await platform.http.get('/api/dossiers/000.00.14.H99-260302-0001/notices/no-such-kind.pdf').set(bearer(desk));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOTICE_KIND_NOT_FOUND');
  });
});
