/**
 * The string formats a form schema may name, with the Vietnamese reason a value fails each one.
 * The Vietnamese formats are registered on ajv under these names; the standard ones come from
 * ajv-formats and only need a Vietnamese explanation here.
 */
import { citizenIdProblem, oldIdNumberProblem } from './citizen-id';
import { phoneNumberProblem } from './phone';
import { postalCodeProblem } from './postal-code';
import { taxCodeProblem } from './tax-code';

/** Names to write in a schema's `format`. */
export const FORMAT_NAMES = {
  /** Số định danh cá nhân, 12 digits. */
  citizenId: 'cccd',
  /** Số Chứng minh nhân dân cũ, 9 digits. */
  oldIdNumber: 'cmnd',
  /** Số điện thoại, domestic or +84. */
  phone: 'vn-phone',
  /** Mã số thuế, 10 digits or 10-3. */
  taxCode: 'vn-tax-code',
  /** Mã bưu chính, 5 digits. */
  postalCode: 'vn-postal-code',
  /** A calendar day, ISO on the wire, dd/mm/yyyy on screen. */
  date: 'date',
} as const;

/** Vietnamese formats: name → the reason a value fails, undefined when it passes. */
export const VIETNAMESE_FORMAT_CHECKS: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  [FORMAT_NAMES.citizenId]: citizenIdProblem,
  [FORMAT_NAMES.oldIdNumber]: oldIdNumberProblem,
  [FORMAT_NAMES.phone]: phoneNumberProblem,
  [FORMAT_NAMES.taxCode]: taxCodeProblem,
  [FORMAT_NAMES.postalCode]: postalCodeProblem,
};

const STANDARD_FORMAT_PROBLEMS: Readonly<Record<string, string>> = {
  date: 'phải là ngày hợp lệ, viết theo dạng ngày/tháng/năm',
  'date-time': 'phải là thời điểm hợp lệ (ngày và giờ)',
  time: 'phải là giờ hợp lệ',
  email: 'phải là địa chỉ thư điện tử hợp lệ',
  uri: 'phải là đường dẫn hợp lệ',
  url: 'phải là đường dẫn hợp lệ',
  uuid: 'phải là mã định danh UUID hợp lệ',
  ipv4: 'phải là địa chỉ IPv4 hợp lệ',
  ipv6: 'phải là địa chỉ IPv6 hợp lệ',
};

/** Why a value fails a format, as a Vietnamese predicate to put after the field's name. */
export function formatProblem(format: string, value: unknown): string {
  const check = VIETNAMESE_FORMAT_CHECKS[format];
  return check?.(value) ?? STANDARD_FORMAT_PROBLEMS[format] ?? 'không đúng định dạng';
}
