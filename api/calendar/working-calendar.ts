/**
 * Lịch làm việc và cách tính thời hạn giải quyết (REQUIREMENTS D2, E1, E2).
 *
 * # Due-date convention
 * Counting starts at `nextWorkingMoment(from)`: the reception time itself when it falls inside
 * working hours, otherwise the start of the next working period. This is the rule for online
 * submissions made outside working hours (QĐ Sóc Trăng 2019, Điều 11 khoản 2 điểm a: "tính từ giờ
 * làm việc kế tiếp"; QĐ Long An 2019, Điều 9 khoản 1: after 17:00 "tiếp nhận vào ngày hôm sau").
 *
 * A duration is an amount of working time. One working day is the length of a standard working
 * day (7.5 h for 07:30–11:30 + 13:30–17:00); one working hour is one hour of working time. The due
 * date is the earliest instant at which that much working time has elapsed, skipping lunch
 * breaks, nights, weekends, holidays and days off in lieu and counting swapped working days:
 * - received Monday 09:00, 1 working day → due Tuesday 09:00;
 * - received Monday 16:00, 3 working hours → 1 h on Monday, 2 h on Tuesday → due Tuesday 09:30;
 * - received Monday 07:30, 1 working day → due Monday 17:00 (the end of the time, not Tuesday 07:30).
 *
 * Periods are half-open: 11:30 and 17:00 are not working time; 07:30 and 13:30 are.
 * All computations run in the province zone with luxon; inputs and outputs are JS Dates.
 */
import { DateTime } from 'luxon';
import { type CalendarRules, minutesOfDay, validateCalendarRules } from './calendar-rules';
import { toIsoLocal } from './local-time';
import { type ClassifyInput, type Timeliness, classifyTimeliness } from './timeliness';

/** Thời hạn giải quyết, as a procedure declares it (API.md `processingTime`). */
export interface WorkingDuration {
  value: number;
  unit: 'working_days' | 'working_hours';
}

/** Instants where the clock stopped (supplement requested) and resumed (dossier resubmitted). */
export interface ClockStop {
  dueAt: Date;
  stoppedAt: Date;
  resumedAt: Date;
}

type Interval = readonly [number, number];

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Bound on the per-day cache (about 27 years of days); it is simply emptied when full. */
const MAX_CACHED_DAYS = 10_000;
/** A calendar with no working time for this many consecutive days is treated as broken. */
const MAX_DAYS_WITHOUT_WORK = 3 * 366;

export class WorkingCalendar {
  /** The validated, normalised rules this calendar was built from. */
  readonly rules: Readonly<CalendarRules>;
  /** Working time in one standard working day, in milliseconds. */
  readonly workingDayMs: number;

  private readonly periods: { start: number; end: number }[];
  private readonly weekend: ReadonlySet<number>;
  private readonly daysOff: ReadonlySet<string>;
  private readonly swappedWorkingDays: ReadonlySet<string>;
  /** Working intervals per local day number; safe to keep since the rules never change. */
  private readonly dayCache = new Map<number, readonly Interval[]>();

  /** Throws CalendarRulesError (Vietnamese details) when the rules are invalid. */
  constructor(rules: CalendarRules) {
    const normalised = validateCalendarRules(rules);
    normalised.workingHours.forEach((period) => Object.freeze(period));
    for (const list of Object.values(normalised)) if (Array.isArray(list)) Object.freeze(list);
    this.rules = Object.freeze(normalised);
    this.periods = this.rules.workingHours.map(({ start, end }) => ({
      start: minutesOfDay(start) as number,
      end: minutesOfDay(end) as number,
    }));
    this.workingDayMs = this.periods.reduce((sum, p) => sum + (p.end - p.start) * 60_000, 0);
    this.weekend = new Set(this.rules.weekendDays);
    this.daysOff = new Set([...this.rules.holidays, ...(this.rules.swappedDaysOff ?? [])]);
    this.swappedWorkingDays = new Set(this.rules.swappedWorkingDays);
  }

  get timeZone(): string {
    return this.rules.timeZone;
  }

  /** Whether `t`'s calendar day (in the province zone) is a working day. */
  isWorkingDay(t: Date): boolean {
    return this.isWorkingDate(this.dayNumberOf(t));
  }

  /** Whether `t` lies inside a working period of a working day. */
  isWorkingTime(t: Date): boolean {
    const ms = t.getTime();
    return this.intervalsOfDay(this.dayNumberOf(t)).some(([start, end]) => ms >= start && ms < end);
  }

  /** `t` itself when it is working time, otherwise the start of the next working period (D2). */
  nextWorkingMoment(t: Date): Date {
    const [first] = this.workingIntervalsFrom(t.getTime());
    return new Date(first[0]);
  }

  /** The due date for `duration` counted from `from`; see the convention in the file header. */
  addWorkingTime(from: Date, duration: WorkingDuration): Date {
    return this.addWorkingMs(from, this.toWorkingMs(duration));
  }

  /** The instant at which `ms` of working time has elapsed, counting from nextWorkingMoment(from). */
  addWorkingMs(from: Date, ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('Thời gian làm việc cần cộng phải là số không âm');
    let left = ms;
    for (const [start, end] of this.workingIntervalsFrom(from.getTime())) {
      if (left <= end - start) return new Date(start + left);
      left -= end - start;
    }
    throw new Error('unreachable: workingIntervalsFrom never ends normally');
  }

  /** A duration in milliseconds of working time (1 working day = workingDayMs). */
  toWorkingMs({ value, unit }: WorkingDuration): number {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Thời hạn "${String(value)}" phải là số không âm`);
    if (unit === 'working_days') return Math.round(value * this.workingDayMs);
    if (unit === 'working_hours') return Math.round(value * HOUR_MS);
    throw new RangeError(`Đơn vị thời hạn "${String(unit)}" không hợp lệ (working_days hoặc working_hours)`);
  }

  /**
   * Working time between two instants, in milliseconds. Signed: negative when `b` is before `a`,
   * so `workingTimeBetween(dueAt, now)` is how long an open dossier has been overdue.
   */
  workingTimeBetween(a: Date, b: Date): number {
    const [from, to] = [a.getTime(), b.getTime()];
    if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('Thời điểm không hợp lệ');
    if (to < from) return -this.workingTimeBetween(b, a);
    let total = 0;
    for (const [start, end] of this.workingIntervalsFrom(from)) {
      if (start >= to) break;
      total += Math.min(end, to) - start;
    }
    return total;
  }

  /** Working time left until `dueAt` (negative once overdue). */
  remaining(now: Date, dueAt: Date): number {
    return this.workingTimeBetween(now, dueAt);
  }

  /**
   * The new due date after the clock stopped for a supplement request (REQUIREMENTS E2): the
   * working time left at `stoppedAt` is counted again from `resumedAt`. A dossier that was already
   * overdue when the clock stopped keeps its due date.
   */
  resumeAfterStop({ dueAt, stoppedAt, resumedAt }: ClockStop): Date {
    if (resumedAt.getTime() < stoppedAt.getTime()) {
      throw new RangeError('Thời điểm tiếp tục tính thời hạn không thể trước thời điểm tạm dừng');
    }
    const left = this.remaining(stoppedAt, dueAt);
    return left > 0 ? this.addWorkingMs(resumedAt, left) : new Date(dueAt.getTime());
  }

  /** early / on_time / late for resolved dossiers, overdue / in_progress for open ones. */
  classify(input: ClassifyInput): Timeliness {
    return classifyTimeliness(input, this.timeZone);
  }

  /** ISO 8601 in the province zone, e.g. `2026-03-03T09:00:00+07:00`. */
  toIsoLocal(date: Date): string {
    return toIsoLocal(date, this.timeZone);
  }

  private local(t: Date): DateTime {
    const dt = DateTime.fromJSDate(t, { zone: this.timeZone });
    if (!dt.isValid) throw new RangeError('Thời điểm không hợp lệ');
    return dt;
  }

  /** Days since 1970-01-01 of `t`'s calendar date in the province zone. */
  private dayNumberOf(t: Date): number {
    const dt = this.local(t);
    return Math.round(Date.UTC(dt.year, dt.month - 1, dt.day) / DAY_MS);
  }

  private isWorkingDate(dayNumber: number): boolean {
    const date = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    if (this.swappedWorkingDays.has(date)) return true;
    // 1970-01-01 was a Thursday (ISO weekday 4)
    const weekday = ((((dayNumber + 3) % 7) + 7) % 7) + 1;
    return !this.daysOff.has(date) && !this.weekend.has(weekday);
  }

  /** The working periods of one local day as [start, end) epoch ms; empty on a day off. Cached. */
  private intervalsOfDay(dayNumber: number): readonly Interval[] {
    let intervals = this.dayCache.get(dayNumber);
    if (intervals === undefined) {
      intervals = this.isWorkingDate(dayNumber) ? this.periods.map((p) => this.interval(dayNumber, p)) : [];
      if (this.dayCache.size >= MAX_CACHED_DAYS) this.dayCache.clear();
      this.dayCache.set(dayNumber, intervals);
    }
    return intervals;
  }

  private interval(dayNumber: number, period: { start: number; end: number }): Interval {
    const date = new Date(dayNumber * DAY_MS);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    // fromObject resolves wall-clock times in the zone, so this stays right even where DST exists
    const at = (minutes: number) =>
      DateTime.fromObject({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone: this.timeZone }).toMillis();
    return [at(period.start), at(period.end)];
  }

  /**
   * The working intervals [start, end) in epoch ms that end after `from`, in order; the first one
   * is clipped to start at `from`. Endless for a sane calendar.
   */
  private *workingIntervalsFrom(from: number): Generator<Interval> {
    let idle = 0;
    for (let day = this.dayNumberOf(new Date(from)); idle < MAX_DAYS_WITHOUT_WORK; day++) {
      const intervals = this.intervalsOfDay(day);
      idle = intervals.length === 0 ? idle + 1 : 0;
      for (const [start, end] of intervals) {
        if (end > from) yield [Math.max(start, from), end];
      }
    }
    throw new Error(`Lịch làm việc không có giờ làm việc nào trong ${MAX_DAYS_WITHOUT_WORK} ngày liên tiếp`);
  }
}
