import { isTaxCode, normalizeTaxCode, taxCodeCheckDigit, taxCodeProblem } from './tax-code';

describe('mã số thuế (vn-tax-code)', () => {
  it.each(['0100109106', '0300588569', '0101248141', '0100233488', '0314409058-002'])(
    'given %s, when checked, then it is accepted',
    (code) => expect(isTaxCode(code)).toBe(true),
  );

  it.each([
    ['0100109107', 'có chữ số kiểm tra (chữ số thứ 10) không đúng'],
    ['0100233480', 'có chữ số kiểm tra (chữ số thứ 10) không đúng'],
    ['010010910', 'phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của đơn vị phụ thuộc'],
    ['0314409058002', 'phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của đơn vị phụ thuộc'],
    ['0314409058-02', 'phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của đơn vị phụ thuộc'],
    ['0100000008', 'có số thứ tự (chữ số thứ 3 đến thứ 9) không hợp lệ'],
    ['0314409058-000', 'có 3 số cuối của đơn vị phụ thuộc không được là 000'],
  ])('given %s, when checked, then it is refused: %s', (code, problem) => {
    expect(taxCodeProblem(code)).toBe(problem);
  });

  it('given nine digits, when the check digit is computed, then it follows the mod-11 rule', () => {
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    expect(taxCodeCheckDigit('030058856')).toBe(9);
  });

  it('given nine digits whose check would be 10, then no code can start with them', () => {
    expect(taxCodeCheckDigit('100000008')).toBeUndefined();
    expect(isTaxCode('1000000080')).toBe(false);
  });

  it('given a code typed with dots, spaces or no hyphen, when normalised, then it takes its canonical form', () => {
    expect(normalizeTaxCode('01.00.109.106')).toBe('0100109106');
    expect(normalizeTaxCode('0314 409 058 002')).toBe('0314409058-002');
    expect(normalizeTaxCode('0100109107')).toBeUndefined();
  });
});
