/**
 * Instants as the raw SQL connection returns them: a Date, or PostgreSQL's text form
 * (`2026-03-02 02:00:00+00`, which JavaScript's Date does not parse as is).
 */
export function asDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  if (typeof value !== 'string') return null;
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The same, for columns that are never null. */
export function asInstant(value: unknown): Date {
  const date = asDate(value);
  if (!date) throw new RangeError(`Không đọc được thời điểm: ${String(value)}`);
  return date;
}
