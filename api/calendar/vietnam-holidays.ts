/**
 * Lịch làm việc mẫu cho năm 2026 và 2027 (Bộ luật Lao động 2019, Điều 112; các thông báo nghỉ lễ
 * hằng năm của Chính phủ).
 *
 * These are demo data, not law: every year the government announces the exact breaks and swaps, and
 * each province keeps its own copy up to date through `PUT /api/admin/calendar/holidays`. The 2027
 * entries are an estimate made before any notice for that year.
 */
import type { CalendarRules, YearCalendar } from './calendar-rules';
import { VIETNAM_TIME_ZONE } from './local-time';

/** Giờ hành chính phổ biến: sáng 07:30–11:30, chiều 13:30–17:00 (7,5 giờ mỗi ngày). */
export const STANDARD_WORKING_HOURS = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
] as const;

/** Every date from `first` to `last` inclusive (`YYYY-MM-DD`, same month). */
function dateRange(first: string, last: string): string[] {
  const [prefix, from, to] = [first.slice(0, 8), Number(first.slice(8)), Number(last.slice(8))];
  return Array.from({ length: to - from + 1 }, (_, k) => `${prefix}${String(from + k).padStart(2, '0')}`);
}

export const VIETNAM_HOLIDAYS_2026: YearCalendar = {
  year: 2026,
  holidays: [
    '2026-01-01', // Tết Dương lịch (thứ Năm)
    // Tết Nguyên đán Bính Ngọ: mùng 1 là thứ Ba 17/02; nghỉ 9 ngày từ thứ Bảy 14/02 đến Chủ nhật 22/02,
    // trong đó thứ Hai 16/02 – thứ Sáu 20/02 là ngày làm việc được nghỉ.
    ...dateRange('2026-02-14', '2026-02-22'),
    '2026-04-26', // Giỗ Tổ Hùng Vương 10/3 âm lịch (Chủ nhật), nghỉ bù thứ Hai 27/04
    '2026-04-30', // Ngày Chiến thắng (thứ Năm)
    '2026-05-01', // Ngày Quốc tế Lao động (thứ Sáu)
    '2026-09-01', // Quốc khánh (thứ Ba, ngày liền kề)
    '2026-09-02', // Quốc khánh (thứ Tư)
  ],
  swappedWorkingDays: [],
  swappedDaysOff: ['2026-04-27'],
};

export const VIETNAM_HOLIDAYS_2027: YearCalendar = {
  year: 2027,
  holidays: [
    '2027-01-01', // Tết Dương lịch (thứ Sáu)
    // Tết Nguyên đán Đinh Mùi: mùng 1 là thứ Bảy 06/02. Ước tính: nghỉ từ 30 Tết (thứ Sáu 05/02) đến
    // mùng 4 (thứ Ba 09/02), cộng thứ Tư 10/02 và thứ Năm 11/02 bù cho hai ngày Tết trùng cuối tuần.
    ...dateRange('2027-02-05', '2027-02-11'),
    '2027-04-16', // Giỗ Tổ Hùng Vương 10/3 âm lịch (thứ Sáu)
    '2027-04-30', // Ngày Chiến thắng (thứ Sáu)
    '2027-05-01', // Ngày Quốc tế Lao động (thứ Bảy), nghỉ bù thứ Hai 03/05
    '2027-09-02', // Quốc khánh (thứ Năm)
    '2027-09-03', // Quốc khánh (thứ Sáu, ngày liền kề)
  ],
  swappedWorkingDays: [],
  swappedDaysOff: ['2027-05-03'],
};

/**
 * A fresh copy of the demo rules: standard hours, Saturday and Sunday off, the 2026 and 2027
 * holidays above. Callers may change the copy freely.
 */
export function defaultVietnamCalendarRules(): CalendarRules {
  const years = [VIETNAM_HOLIDAYS_2026, VIETNAM_HOLIDAYS_2027];
  return {
    timeZone: VIETNAM_TIME_ZONE,
    workingHours: STANDARD_WORKING_HOURS.map((period) => ({ ...period })),
    weekendDays: [6, 7],
    holidays: years.flatMap((y) => y.holidays),
    swappedWorkingDays: years.flatMap((y) => y.swappedWorkingDays),
    swappedDaysOff: years.flatMap((y) => y.swappedDaysOff ?? []),
  };
}
