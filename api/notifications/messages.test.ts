import { noticeText, type NoticeFacts } from './messages';
import { notificationFor } from './moments';

const facts: NoticeFacts = {
  code: '000.00.14.H99-260302-0001', applicantName: 'Trần Thị Bích Ngọc', procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  agencyName: 'Sở Xây dựng', dueAt: new Date('2026-03-30T09:00:00+07:00'), comment: null, trackingUrl: 'https://dvc.example.vn/tra-cuu/000.00.14.H99-260302-0001',
};

describe('what a step tells the applicant', () => {
  it.each([
    ['received', 'processing', 'received'],
    ['extended', undefined, 'apology'],
    ['task_completed', 'supplement_requested', 'supplement_requested'],
    ['task_completed', 'result_ready', 'result_ready'],
    ['task_completed', 'not_resolved', 'not_resolved'],
    ['refused', 'refused', 'refused'],
    ['stopped', 'stopped', 'stopped'],
    ['task_completed', 'processing', null],
    ['supplement_received', 'processing', null],
    ['withdrawn', 'withdrawn', null],
  ])('after a %s event into status %s: %s', (event, status, kind) => {
    expect(notificationFor(event, status)).toBe(kind);
  });

  it('apologises with the new date and the reason for the delay (D10)', () => {
    const text = noticeText('apology', { ...facts, comment: 'Cần xác minh thực địa' });
    expect(text.subject).toBe('Hồ sơ 000.00.14.H99-260302-0001 xin lỗi và hẹn lại ngày trả kết quả');
    expect(text.body).toContain('Sở Xây dựng xin lỗi vì hồ sơ chưa giải quyết xong đúng hẹn. Lý do: Cần xác minh thực địa. Ngày hẹn trả kết quả mới: ngày 30 tháng 3 năm 2026.');
    expect(text.short).toMatch(/^Hồ sơ 000\.00\.14\.H99-260302-0001: Sở Xây dựng xin lỗi .* Tra cứu: https:\/\/dvc\.example\.vn\/tra-cuu\/000\.00\.14\.H99-260302-0001$/);
  });

  it('says the result is ready without a date, and a refusal with its reason ending in one full stop', () => {
    expect(noticeText('result_ready', facts).body).toContain('Hồ sơ đã có kết quả giải quyết.');
    expect(noticeText('refused', { ...facts, comment: 'Hồ sơ không thuộc thẩm quyền.' }).body).toContain('Sở Xây dựng từ chối tiếp nhận hồ sơ. Lý do: Hồ sơ không thuộc thẩm quyền.\n');
  });
});
