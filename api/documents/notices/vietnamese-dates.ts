import { DateTime } from 'luxon';
import { VIETNAM_TIME_ZONE } from '../../calendar/local-time';

/**
 * Dates as Vietnamese administrative documents write them (NĐ 30/2020/NĐ-CP, Phụ lục I): a day
 * below 10 and the months 1 and 2 take a leading zero, so "ngày 05 tháng 02 năm 2026" but
 * "ngày 15 tháng 3 năm 2026".
 */
function local(value: Date | string): DateTime | null {
  // Checked by tag, not instanceof: dates from the database driver may come from another realm (Jest's VM).
  const dt = Object.prototype.toString.call(value) === '[object Date]'
    ? DateTime.fromJSDate(value as Date, { zone: VIETNAM_TIME_ZONE })
    : DateTime.fromISO(String(value), { zone: VIETNAM_TIME_ZONE });
  return dt.isValid ? dt : null;
}

const two = (n: number) => String(n).padStart(2, '0');
const month = (n: number) => (n <= 2 ? two(n) : String(n));

/** "ngày 05 tháng 3 năm 2026" */
export function longDate(value: Date | string | null | undefined): string {
  const dt = value ? local(value) : null;
  return dt ? `ngày ${two(dt.day)} tháng ${month(dt.month)} năm ${dt.year}` : '';
}

/** "09 giờ 30 phút, ngày 05 tháng 3 năm 2026" */
export function longDateTime(value: Date | string | null | undefined): string {
  const dt = value ? local(value) : null;
  return dt ? `${two(dt.hour)} giờ ${two(dt.minute)} phút, ${longDate(value)}` : '';
}

/** "05/03/2026" */
export function shortDate(value: Date | string | null | undefined): string {
  const dt = value ? local(value) : null;
  return dt ? dt.toFormat('dd/MM/yyyy') : '';
}

/** "09:30 05/03/2026" */
export function shortDateTime(value: Date | string | null | undefined): string {
  const dt = value ? local(value) : null;
  return dt ? dt.toFormat('HH:mm dd/MM/yyyy') : '';
}

/** The year of an instant in Vietnam, for yearly numbering. */
export function localYear(value: Date): number {
  return DateTime.fromJSDate(value, { zone: VIETNAM_TIME_ZONE }).year;
}
