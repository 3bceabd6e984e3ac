import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoProvince } from '../../demo/seed';
import { act, applicant, demoTokens, receiveAtCounter } from '../../../test/support/demo-dossiers';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/support/platform';
import { binary, pdfText } from '../testing/dossier-fixture';
import { longDateTime } from './vietnamese-dates';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the notices of a demo dossier taken through the lifecycle routes', () => {
  let platform: TestPlatform;
  let tokens: Awaited<ReturnType<typeof demoTokens>>;
  let code: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ STORAGE_DIR: mkdtempSync(join(tmpdir(), 'tthc-files-')) });
    await seedDemoProvince(platform.orm.em.fork());
    tokens = await demoTokens(platform);
    platform.clock.set(new Date('2026-03-02T09:00:00+07:00'));
    code = await receiveAtCounter(platform, tokens.motcua);
  });
  afterAll(() => platform.close());

  const notice = async (kind: string, token = tokens.motcua) => {
    const response = await platform.http.get(`/api/dossiers/${code}/notices/${kind}.pdf`).set(bearer(token)).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    return { body: response.body, text: flat(pdfText(response.body)) };
  };

  it('prints the receipt with the procedure\'s components, processing time and computed appointment', async () => {
    const detail = (await platform.http.get(`/api/dossiers/${code}`).set(bearer(tokens.motcua))).body;
    const { text } = await notice('receipt');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain(`Tiếp nhận hồ sơ của: ${applicant.fullName}`);
    expect(text).toContain(`Nội dung yêu cầu giải quyết: ${detail.procedureName}`);
    expect(text).toContain('Bản sao giấy tờ chứng minh quyền sử dụng đất');
    expect(text).toMatch(/Thời gian giải quyết hồ sơ theo quy định là: \d+ ngày làm việc/);
    expect(text).toContain(`Thời gian trả kết quả giải quyết hồ sơ: ${longDateTime(detail.dueAt)}`);
    expect(text).toContain('Người tiếp nhận hồ sơ'.toUpperCase());
    expect(text).toContain('Nguyễn Thị Lan');
  });

  it('prints the supplement request the head confirmed, and keeps it printable after the papers came', async () => {
    await act(platform, tokens.truongphong, code, 'assign');
    platform.clock.set(new Date('2026-03-03T10:00:00+07:00'));
    await act(platform, tokens.chuyenvien, code, 'request_supplement', 'Thiếu bản vẽ mặt cắt công trình.');
    await act(platform, tokens.truongphong, code, 'request_supplement', 'Đồng ý yêu cầu bổ sung bản vẽ mặt cắt.');
    const asked = await notice('supplement-request');
    expect(asked.text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(asked.text).toContain('1. Thiếu bản vẽ mặt cắt công trình.');
    expect(asked.text).toContain('Lý do: Đồng ý yêu cầu bổ sung bản vẽ mặt cắt.');
    expect(asked.text).toContain('Lê Văn Hùng');

    platform.clock.set(new Date('2026-03-05T09:00:00+07:00'));
    expect((await platform.http.post(`/api/dossiers/${code}/supplement`).set(bearer(tokens.motcua)).send({ note: 'Đã nhận bản vẽ mặt cắt.' })).status).toBe(200);
    const again = await notice('supplement-request');
    expect(again.body.equals(asked.body)).toBe(true);
  });

  it('prints the control sheet with the steps the engine opened and the officers who did them', async () => {
    const { text } = await notice('control-sheet');
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Lê Văn Hùng');
    expect(text).toContain('Phạm Thị Mai');
    expect(text).toContain('09:00 02/03/2026');
  });

  it('prints the apology after an extension and the stop notice after a stop', async () => {
    platform.clock.set(new Date('2026-03-24T09:00:00+07:00'));
    const extended = await platform.http.post(`/api/dossiers/${code}/extend`).set(bearer(tokens.motcua))
      .send({ newDueAt: '2026-03-31T16:00:00+07:00', reason: 'Cần thêm thời gian lấy ý kiến cơ quan quản lý quy hoạch.' });
    expect(extended.status).toBe(200);
    const apology = await notice('apology');
    expect(apology.text).toContain('Lý do: Cần thêm thời gian lấy ý kiến cơ quan quản lý quy hoạch.');
    expect(apology.text).toContain('hẹn lại thời gian trả kết quả vào ngày 31 tháng 3 năm 2026');

    const stopped = await platform.http.post(`/api/dossiers/${code}/stop`).set(bearer(tokens.lanhdao)).send({ reason: 'Có tranh chấp quyền sử dụng đất đang được tòa án thụ lý.' });
    expect(stopped.status).toBe(200);
    const stop = await notice('stop');
    expect(stop.text).toContain('PHIẾU DỪNG XỬ LÝ HỒ SƠ');
    expect(stop.text).toContain('Lý do: Có tranh chấp quyền sử dụng đất đang được tòa án thụ lý.');
    expect(stop.text).toContain('kể từ ngày 24 tháng 3 năm 2026');
  });

  it('lists the dossier in the register of March', async () => {
    const response = await platform.http.get('/api/agencies/000.00.14.H99/notices/register.pdf?from=2026-03-01&to=2026-03-31')
      .set(bearer(tokens.motcua)).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    const text = flat(pdfText(response.body));
    expect(text).toContain(code.split('-').slice(1).join('-'));
    expect(text).toContain('Dừng xử lý');
  });
});
