/**
 * Dates travel as ISO `YYYY-MM-DD` (JSON Schema `format: "date"`) and are shown and typed as
 * `dd/mm/yyyy`, the way every Vietnamese paper form writes them.
 */

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}

/** True for an existing calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2024-03-05` → `05/03/2024`. Anything that is not an ISO date comes back unchanged. */
export function formatDisplayDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * `5/3/2024`, `05/03/2024`, `05-03-2024` or `05.03.2024` → `2024-03-05`; undefined when the text
 * is not a real day (31/02/2024 is refused, not rolled over to March).
 */
export function parseDisplayDate(text: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
