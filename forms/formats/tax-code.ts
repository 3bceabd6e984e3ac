/**
 * Mã số thuế of an enterprise or organisation (Thông tư 105/2020/TT-BTC, Điều 5): 10 digits, or
 * 13 for a dependent unit written `XXXXXXXXXX-XXX`.
 * - digits 1-2: province of first registration; digits 3-9: a sequence from 0000001;
 * - digit 10: a check digit over the first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3;
 *   check = 10 − sum mod 11; numbers whose check would be 10 are never issued);
 * - after the hyphen: the dependent unit, 001 to 999.
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The check digit for the first nine digits, or undefined when no valid code starts with them. */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(firstNine[index]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

/** Why a value is not a tax code, as a Vietnamese predicate; undefined when it is one. */
export function taxCodeProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{10}(-\d{3})?$/.test(value)) {
    return 'phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của đơn vị phụ thuộc';
  }
  if (value.slice(2, 9) === '0000000') return 'có số thứ tự (chữ số thứ 3 đến thứ 9) không hợp lệ';
  if (value.endsWith('-000')) return 'có 3 số cuối của đơn vị phụ thuộc không được là 000';
  if (taxCodeCheckDigit(value.slice(0, 9)) !== Number(value[9])) return 'có chữ số kiểm tra (chữ số thứ 10) không đúng';
  return undefined;
}

/** True for a valid 10- or 13-digit tax code. */
export function isTaxCode(value: unknown): boolean {
  return taxCodeProblem(value) === undefined;
}

/**
 * The canonical spelling of a tax code typed with spaces or dots, or without the hyphen before
 * the dependent unit; undefined when it is not a valid tax code.
 */
export function normalizeTaxCode(value: string): string | undefined {
  const digits = value.replace(/[\s.-]/g, '');
  const canonical = digits.length === 13 ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits;
  return isTaxCode(canonical) ? canonical : undefined;
}
