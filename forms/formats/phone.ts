/**
 * Vietnamese telephone numbers, after the 2018 mobile and 2017 landline renumbering:
 * - mobile: 0 followed by 9 digits, the first of them 3, 5, 7, 8 or 9 (e.g. 0912 345 678);
 * - landline: 0 followed by a 2x area code and the subscriber number, 11 digits in all
 *   (e.g. 024 3825 3536 in Hà Nội, 0292 3820 123 in Cần Thơ).
 * On the wire a number is written either domestically (`0912345678`) or internationally
 * (`+84912345678`); `normalizePhoneNumber` turns any common spelling into the domestic form.
 */

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

function isDomestic(digits: string): boolean {
  return MOBILE.test(digits) || LANDLINE.test(digits);
}

/**
 * The domestic form of a number written with spaces, dots, hyphens, brackets or an international
 * prefix (+84, 0084, 84); undefined when it is not a Vietnamese number.
 */
export function normalizePhoneNumber(value: string): string | undefined {
  let digits = value.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = digits.slice(3);
  else if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (digits.startsWith('84') && digits.length >= 11) digits = digits.slice(2);
  // "+84 (0) 912…": people often keep the domestic 0 after the country code.
  const domestic = digits.startsWith('0') ? digits : '0' + digits;
  return /^\d+$/.test(domestic) && isDomestic(domestic) ? domestic : undefined;
}

/** Why a wire value is not a phone number, as a Vietnamese predicate; undefined when it is one. */
export function phoneNumberProblem(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (isDomestic(value)) return undefined;
    if (value.startsWith('+84') && isDomestic('0' + value.slice(3))) return undefined;
  }
  return 'phải là số điện thoại hợp lệ: di động gồm 10 chữ số bắt đầu bằng 0, cố định gồm 11 chữ số bắt đầu bằng 02, hoặc viết dạng +84';
}

/** True for a phone number written `0…` or `+84…` without separators. */
export function isPhoneNumber(value: unknown): boolean {
  return phoneNumberProblem(value) === undefined;
}
