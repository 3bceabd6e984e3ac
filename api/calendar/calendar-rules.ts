import { DateTime, IANAZone } from 'luxon';

/** Một khoảng giờ làm việc trong ngày, giờ địa phương `HH:mm`, nửa mở [start, end). */
export interface WorkingPeriod {
  start: string;
  end: string;
}

/**
 * Lịch làm việc của một tỉnh (REQUIREMENTS E1): giờ làm việc, ngày nghỉ cuối tuần, ngày nghỉ lễ,
 * ngày làm bù và ngày nghỉ bù. A plain, serialisable object: the province edits it through the API
 * and it is stored as JSON.
 */
export interface CalendarRules {
  /** IANA zone, `Asia/Ho_Chi_Minh` for every Vietnamese province. */
  timeZone: string;
  /** Working periods of a working day, e.g. 07:30–11:30 and 13:30–17:00. */
  workingHours: WorkingPeriod[];
  /** ISO weekday numbers (1 = Monday … 7 = Sunday) that are weekly rest days. */
  weekendDays: number[];
  /** Public holidays (`YYYY-MM-DD`); may include the weekend days inside a holiday break. */
  holidays: string[];
  /** Ngày làm bù: weekend dates that are working days. */
  swappedWorkingDays: string[];
  /** Ngày nghỉ bù: weekday dates that are days off (e.g. the day compensating a Sunday holiday). */
  swappedDaysOff?: string[];
}

/** One problem found in a rules object; `path` is a JSON pointer as in the API's error details. */
export interface RuleProblem {
  path: string;
  message: string;
}

/** Raised when a `CalendarRules` object is malformed or contradictory; maps to HTTP 422. */
export class CalendarRulesError extends Error {
  readonly code = 'CALENDAR_RULES_INVALID';

  constructor(readonly details: RuleProblem[]) {
    super(`Lịch làm việc không hợp lệ: ${details.map((d) => d.message).join('; ')}`);
    this.name = 'CalendarRulesError';
  }
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Minutes since local midnight of an `HH:mm` string, or undefined when malformed. */
export function minutesOfDay(text: unknown): number | undefined {
  const match = typeof text === 'string' ? TIME_OF_DAY.exec(text) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The ISO weekday (1–7) of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function weekdayOf(text: unknown): number | undefined {
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return undefined;
  const dt = DateTime.fromFormat(text, 'yyyy-MM-dd', { zone: 'UTC' });
  return dt.isValid ? dt.weekday : undefined;
}

/** Every problem in `input`, in Vietnamese; an empty list means the rules are usable. */
export function findRuleProblems(input: unknown): RuleProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '', message: 'Lịch làm việc phải là một đối tượng' }];
  }
  const rules = input as Record<string, unknown>;
  const problems: RuleProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (typeof rules.timeZone !== 'string' || !IANAZone.isValidZone(rules.timeZone)) {
    add('/timeZone', `Múi giờ "${String(rules.timeZone)}" không hợp lệ (ví dụ: Asia/Ho_Chi_Minh)`);
  }
  checkWorkingHours(rules.workingHours, add);

  const weekend = new Set<number>();
  if (!Array.isArray(rules.weekendDays)) {
    add('/weekendDays', 'Ngày nghỉ cuối tuần phải là danh sách thứ trong tuần (1 = thứ Hai … 7 = Chủ nhật)');
  } else {
    rules.weekendDays.forEach((day, i) => {
      if (Number.isInteger(day) && (day as number) >= 1 && (day as number) <= 7) weekend.add(day as number);
      else add(`/weekendDays/${i}`, `Thứ trong tuần "${String(day)}" không hợp lệ, phải từ 1 (thứ Hai) đến 7 (Chủ nhật)`);
    });
    if (weekend.size === 7) add('/weekendDays', 'Không thể đặt cả 7 ngày trong tuần là ngày nghỉ');
  }

  const holidays = checkDates(rules.holidays, '/holidays', 'Ngày nghỉ lễ', add);
  const swappedWorking = checkDates(rules.swappedWorkingDays, '/swappedWorkingDays', 'Ngày làm bù', add);
  const swappedOff =
    rules.swappedDaysOff === undefined ? [] : checkDates(rules.swappedDaysOff, '/swappedDaysOff', 'Ngày nghỉ bù', add);
  const daysOff = new Set([...holidays, ...swappedOff].map(([date]) => date));

  for (const [date, weekday, i] of swappedWorking) {
    if (!weekend.has(weekday)) add(`/swappedWorkingDays/${i}`, `Ngày làm bù ${date} không rơi vào ngày nghỉ cuối tuần`);
    if (daysOff.has(date)) add(`/swappedWorkingDays/${i}`, `Ngày ${date} vừa là ngày làm bù vừa là ngày nghỉ`);
  }
  for (const [date, weekday, i] of swappedOff) {
    if (weekend.has(weekday)) add(`/swappedDaysOff/${i}`, `Ngày nghỉ bù ${date} đã là ngày nghỉ cuối tuần`);
  }
  return problems;
}

/** Checks `input` and returns a normalised copy (periods sorted, dates sorted and unique). */
export function validateCalendarRules(input: unknown): CalendarRules {
  const problems = findRuleProblems(input);
  if (problems.length > 0) throw new CalendarRulesError(problems);
  const rules = input as CalendarRules;
  const sortedUnique = (dates: string[] = []) => [...new Set(dates)].sort();
  return {
    timeZone: rules.timeZone,
    workingHours: [...rules.workingHours]
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start.localeCompare(b.start)),
    weekendDays: [...new Set(rules.weekendDays)].sort((a, b) => a - b),
    holidays: sortedUnique(rules.holidays),
    swappedWorkingDays: sortedUnique(rules.swappedWorkingDays),
    swappedDaysOff: sortedUnique(rules.swappedDaysOff),
  };
}

/** The days off and swapped days of one year, as `PUT /api/admin/calendar/holidays` sends them. */
export interface YearCalendar {
  year: number;
  holidays: string[];
  swappedWorkingDays: string[];
  swappedDaysOff?: string[];
}

/**
 * Returns new rules in which every holiday and swapped day of `year.year` is replaced by the given
 * ones; other years are kept. Throws CalendarRulesError when a date lies outside that year.
 */
export function withYearCalendar(rules: CalendarRules, year: YearCalendar): CalendarRules {
  const prefix = `${year.year}-`;
  const problems: RuleProblem[] = [];
  const lists = { holidays: year.holidays, swappedWorkingDays: year.swappedWorkingDays, swappedDaysOff: year.swappedDaysOff ?? [] };
  for (const [key, dates] of Object.entries(lists)) {
    dates.forEach((date, i) => {
      if (typeof date !== 'string' || !date.startsWith(prefix)) {
        problems.push({ path: `/${key}/${i}`, message: `Ngày ${String(date)} không thuộc năm ${year.year}` });
      }
    });
  }
  if (problems.length > 0) throw new CalendarRulesError(problems);
  const otherYears = (dates: string[] = []) => dates.filter((date) => !date.startsWith(prefix));
  return validateCalendarRules({
    ...rules,
    holidays: [...otherYears(rules.holidays), ...lists.holidays],
    swappedWorkingDays: [...otherYears(rules.swappedWorkingDays), ...lists.swappedWorkingDays],
    swappedDaysOff: [...otherYears(rules.swappedDaysOff), ...lists.swappedDaysOff],
  });
}

function checkWorkingHours(input: unknown, add: (path: string, message: string) => void): void {
  if (!Array.isArray(input) || input.length === 0) {
    add('/workingHours', 'Phải khai báo ít nhất một khoảng giờ làm việc');
    return;
  }
  const periods: { start: number; end: number; label: string; i: number }[] = [];
  input.forEach((period: unknown, i) => {
    const { start, end } = (typeof period === 'object' && period !== null ? period : {}) as Record<string, unknown>;
    const from = minutesOfDay(start);
    const to = minutesOfDay(end);
    if (from === undefined) add(`/workingHours/${i}/start`, `Giờ bắt đầu "${String(start)}" phải có dạng HH:mm (ví dụ 07:30)`);
    if (to === undefined) add(`/workingHours/${i}/end`, `Giờ kết thúc "${String(end)}" phải có dạng HH:mm (ví dụ 17:00)`);
    if (from === undefined || to === undefined) return;
    if (from >= to) add(`/workingHours/${i}`, `Giờ bắt đầu ${String(start)} phải trước giờ kết thúc ${String(end)}`);
    else periods.push({ start: from, end: to, label: `${String(start)}–${String(end)}`, i });
  });
  periods.sort((a, b) => a.start - b.start);
  for (let k = 1; k < periods.length; k++) {
    const [before, after] = [periods[k - 1], periods[k]];
    if (after.start < before.end) {
      add(`/workingHours/${after.i}`, `Khoảng giờ làm việc ${after.label} chồng lấn với ${before.label}`);
    }
  }
}

/** Checks a list of `YYYY-MM-DD` dates; returns the valid ones as [date, ISO weekday, index]. */
function checkDates(
  input: unknown,
  path: string,
  label: string,
  add: (path: string, message: string) => void,
): [string, number, number][] {
  if (!Array.isArray(input)) {
    add(path, `${label} phải là danh sách ngày dạng YYYY-MM-DD`);
    return [];
  }
  const valid: [string, number, number][] = [];
  input.forEach((date: unknown, i) => {
    const weekday = weekdayOf(date);
    if (weekday === undefined) add(`${path}/${i}`, `${label} "${String(date)}" không phải ngày hợp lệ dạng YYYY-MM-DD`);
    else valid.push([date as string, weekday, i]);
  });
  return valid;
}
