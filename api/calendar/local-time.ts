import { DateTime } from 'luxon';

/** Múi giờ của mọi tỉnh, thành phố (Việt Nam không áp dụng giờ mùa hè). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Formats an instant as ISO 8601 with the zone's offset, e.g. `2026-03-02T09:00:00+07:00`
 * (milliseconds appear only when non-zero). This is the wire format of API.md.
 */
export function toIsoLocal(date: Date, timeZone: string = VIETNAM_TIME_ZONE): string {
  const dt = DateTime.fromJSDate(date, { zone: timeZone });
  if (!dt.isValid) throw new RangeError('Thời điểm không hợp lệ');
  return dt.toISO({ suppressMilliseconds: true }) as string;
}

/**
 * Reads an ISO 8601 time. An explicit offset or `Z` is honoured; a time without one is read as
 * local time in `timeZone` (so `2026-03-02T09:00` means 09:00 in Vietnam).
 */
export function parseIsoLocal(text: string, timeZone: string = VIETNAM_TIME_ZONE): Date {
  const dt = DateTime.fromISO(text, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`Thời điểm "${text}" không đúng định dạng ISO 8601`);
  return dt.toJSDate();
}

/** The calendar date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function localDate(date: Date, timeZone: string = VIETNAM_TIME_ZONE): string {
  const dt = DateTime.fromJSDate(date, { zone: timeZone });
  if (!dt.isValid) throw new RangeError('Thời điểm không hợp lệ');
  return dt.toISODate() as string;
}
