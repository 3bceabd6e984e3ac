/**
 * Số định danh cá nhân (personal identification number, printed on the Căn cước / CCCD card) and
 * the old 9-digit Chứng minh nhân dân. Structure of the 12 digits (Thông tư 59/2021/TT-BCA, Điều 7):
 * - digits 1-3: the province where the birth was registered;
 * - digit 4: gender and century of birth (0/1 male/female 1900-1999, 2/3 male/female 2000-2099);
 * - digits 5-6: the last two digits of the birth year;
 * - digits 7-12: a random sequence.
 */
import { BIRTH_PROVINCE_CODES } from './province-codes';

/** What the number itself tells about its holder. */
export interface CitizenIdInfo {
  provinceCode: string;
  provinceName: string;
  gender: 'male' | 'female';
  birthYear: number;
}

/** Removes the spaces, dots and hyphens people type between digit groups. */
export function normalizeCitizenId(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/**
 * Why a value is not a personal identification number, as a Vietnamese predicate to put after
 * the field's name ("… phải gồm đúng 12 chữ số"); undefined when it is one.
 */
export function citizenIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return 'phải gồm đúng 12 chữ số';
  const province = value.slice(0, 3);
  if (!(province in BIRTH_PROVINCE_CODES)) {
    return `có 3 chữ số đầu (${province}) không phải là mã tỉnh, thành phố nơi đăng ký khai sinh`;
  }
  // Digits 4 to 9 would mean births from 2100 on: not issued yet, so a typo.
  if (Number(value[3]) > 3) return `có chữ số thứ tư (${value[3]}) không phải là mã giới tính và thế kỷ sinh hợp lệ`;
  return undefined;
}

/** True for a well-formed 12-digit personal identification number. */
export function isCitizenId(value: unknown): boolean {
  return citizenIdProblem(value) === undefined;
}

/** Decodes the province, gender and birth year carried by a valid number. */
export function describeCitizenId(value: unknown): CitizenIdInfo | undefined {
  if (typeof value !== 'string' || !isCitizenId(value)) return undefined;
  const genderCentury = Number(value[3]);
  return {
    provinceCode: value.slice(0, 3),
    provinceName: BIRTH_PROVINCE_CODES[value.slice(0, 3)],
    gender: genderCentury % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + Math.floor(genderCentury / 2) * 100 + Number(value.slice(4, 6)),
  };
}

/** Why a value is not an old 9-digit Chứng minh nhân dân number; undefined when it is one. */
export function oldIdNumberProblem(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{9}$/.test(value) ? undefined : 'phải gồm đúng 9 chữ số';
}

/** True for an old 9-digit Chứng minh nhân dân number. */
export function isOldIdNumber(value: unknown): boolean {
  return oldIdNumberProblem(value) === undefined;
}
