/**
 * Đồng hồ hệ thống được tiêm vào (DESIGN.md, quyết định 6).
 *
 * Every due date, timer and statistic reads the time through a `Clock`, never through `new Date()`
 * directly, so that tests and the server's TEST_CLOCK mode can freeze and move legal time.
 */
export interface Clock {
  /** The current instant. Each call returns a fresh Date that the caller may mutate. */
  now(): Date;
}

/** The real wall clock, for production. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** Elapsed (calendar) time, not working time: `{ days: 1 }` is always 24 hours. */
export interface ClockStep {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

const MS_PER = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1_000, milliseconds: 1 } as const;

/**
 * A clock that only moves when told to: used by tests and by the server when it runs with
 * TEST_CLOCK=1 (`POST /api/test/clock`). Nothing ever waits in real time.
 */
export class ControllableClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = validInstant(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Jumps to any instant, earlier or later. */
  set(date: Date): void {
    this.current = validInstant(date);
  }

  /** Moves forward by milliseconds or by a step of elapsed time; returns the new now. */
  advance(step: number | ClockStep): Date {
    const ms = typeof step === 'number' ? step : stepToMs(step);
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError('Chỉ được tiến đồng hồ một khoảng thời gian hữu hạn, không âm; để lùi đồng hồ hãy dùng set()');
    }
    this.current += ms;
    return this.now();
  }
}

function stepToMs(step: ClockStep): number {
  let total = 0;
  for (const unit of Object.keys(MS_PER) as (keyof ClockStep)[]) {
    total += (step[unit] ?? 0) * MS_PER[unit];
  }
  return total;
}

function validInstant(date: Date): number {
  const ms = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError('Thời điểm đặt cho đồng hồ không hợp lệ');
  return ms;
}
