/**
 * Mã bưu chính quốc gia (Quyết định 2475/QĐ-BTTTT, 2017): five digits, the first two naming the
 * province, none starting with 0.
 */

/** Why a value is not a postal code, as a Vietnamese predicate; undefined when it is one. */
export function postalCodeProblem(value: unknown): string | undefined {
  return typeof value === 'string' && /^[1-9]\d{4}$/.test(value) ? undefined : 'phải gồm đúng 5 chữ số';
}

/** True for a five-digit Vietnamese postal code. */
export function isPostalCode(value: unknown): boolean {
  return postalCodeProblem(value) === undefined;
}
