import { isPhoneNumber, normalizePhoneNumber, phoneNumberProblem } from './phone';

describe('số điện thoại (vn-phone)', () => {
  it.each([
    ['0912345678', 'di động Vinaphone'],
    ['0386123456', 'di động Viettel đầu 03'],
    ['0778123456', 'di động MobiFone đầu 07'],
    ['0562123456', 'di động đầu 05'],
    ['+84912345678', 'di động viết dạng quốc tế'],
    ['02438253536', 'cố định Hà Nội'],
    ['02923820123', 'cố định Cần Thơ'],
  ])('given %s (%s), when checked, then it is accepted', (number) => {
    expect(isPhoneNumber(number)).toBe(true);
  });

  it.each([
    ['0123456789', 'đầu số 01 đã bỏ'],
    ['091234567', 'thiếu một chữ số'],
    ['09123456789', 'thừa một chữ số'],
    ['0912 345 678', 'còn dấu cách: chuẩn hóa trước khi gửi'],
    ['+840912345678', 'giữ số 0 sau +84'],
    ['19001234', 'số dịch vụ'],
    ['0412345678', 'đầu số 04 không phải di động'],
  ])('given %s (%s), when checked, then it is refused', (number) => {
    expect(isPhoneNumber(number)).toBe(false);
    expect(phoneNumberProblem(number)).toMatch(/^phải là số điện thoại hợp lệ/);
  });

  it.each([
    ['+84 91 234 5678', '0912345678'],
    ['0084912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['(024) 3825 3536', '02438253536'],
    ['+84 24 3825 3536', '02438253536'],
  ])('given %s, when normalised, then it becomes %s', (typed, normalised) => {
    expect(normalizePhoneNumber(typed)).toBe(normalised);
  });

  it('given something that is not a Vietnamese number, when normalised, then nothing comes out', () => {
    expect(normalizePhoneNumber('+1 202 555 0143')).toBeUndefined();
    expect(normalizePhoneNumber('số máy bàn')).toBeUndefined();
  });
});
