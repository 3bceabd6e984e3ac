/**
 * E2 — yêu cầu bổ sung hồ sơ dừng tính thời hạn; khi công dân nộp bổ sung, thời hạn tiếp tục với
 * thời gian làm việc còn lại.
 */
import { ControllableClock } from './clock';
import { parseIsoLocal as at } from './local-time';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const HOUR = 3_600_000;
const calendar = new WorkingCalendar(defaultVietnamCalendarRules());

describe('supplement request stops the clock, resubmission resumes it (E2)', () => {
  it('resumes with the working time left when the clock stopped', () => {
    // given a dossier received Monday 09:00 with 3 working days, due Thursday 09:00
    const clock = new ControllableClock(at('2026-03-02T09:00'));
    const receivedAt = clock.now();
    const dueAt = calendar.addWorkingTime(receivedAt, { value: 3, unit: 'working_days' });
    expect(calendar.toIsoLocal(dueAt)).toBe('2026-03-05T09:00:00+07:00');

    // when a supplement is requested one working day later
    const stoppedAt = clock.advance({ days: 1 });
    expect(calendar.workingTimeBetween(receivedAt, stoppedAt)).toBe(7.5 * HOUR);
    expect(calendar.remaining(stoppedAt, dueAt)).toBe(15 * HOUR);

    // and the citizen resubmits the following Monday at 14:00
    clock.set(at('2026-03-09T14:00'));
    const newDueAt = calendar.resumeAfterStop({ dueAt, stoppedAt, resumedAt: clock.now() });

    // then the two remaining working days run from Monday 14:00 to Wednesday 14:00
    expect(calendar.toIsoLocal(newDueAt)).toBe('2026-03-11T14:00:00+07:00');
    expect(calendar.workingTimeBetween(clock.now(), newDueAt)).toBe(15 * HOUR);
  });

  it('a resubmission on Saturday resumes on Monday morning', () => {
    const dueAt = at('2026-03-05T09:00');
    const newDueAt = calendar.resumeAfterStop({ dueAt, stoppedAt: at('2026-03-04T09:00'), resumedAt: at('2026-03-07T10:00') });
    // 7.5 hours left, counted from Monday 07:30
    expect(calendar.toIsoLocal(newDueAt)).toBe('2026-03-09T17:00:00+07:00');
  });

  it('a dossier already overdue when the clock stopped keeps its due date', () => {
    const dueAt = at('2026-03-03T09:00');
    const newDueAt = calendar.resumeAfterStop({ dueAt, stoppedAt: at('2026-03-04T09:00'), resumedAt: at('2026-03-10T09:00') });
    expect(newDueAt.getTime()).toBe(dueAt.getTime());
  });

  it('refuses a resumption before the stop', () => {
    expect(() =>
      calendar.resumeAfterStop({ dueAt: at('2026-03-05T09:00'), stoppedAt: at('2026-03-04T09:00'), resumedAt: at('2026-03-03T09:00') }),
    ).toThrow('không thể trước');
  });
});

describe('working time between two instants', () => {
  it('counts only working periods of working days', () => {
    // Friday 16:00–17:00, then Monday 07:30–08:00
    expect(calendar.workingTimeBetween(at('2026-03-06T16:00'), at('2026-03-09T08:00'))).toBe(1.5 * HOUR);
    // lunch break and weekend alone hold no working time
    expect(calendar.workingTimeBetween(at('2026-03-02T11:30'), at('2026-03-02T13:30'))).toBe(0);
    expect(calendar.workingTimeBetween(at('2026-03-07T00:00'), at('2026-03-09T00:00'))).toBe(0);
  });

  it('holds no working time over the Tết break', () => {
    expect(calendar.workingTimeBetween(at('2026-02-13T17:00'), at('2026-02-23T07:30'))).toBe(0);
  });

  it('is signed: negative when the second instant comes first', () => {
    expect(calendar.workingTimeBetween(at('2026-03-03T09:00'), at('2026-03-02T09:00'))).toBe(-7.5 * HOUR);
  });

  it('is the inverse of adding working time, from any starting moment', () => {
    const starts = ['2026-03-02T09:00', '2026-03-02T11:30', '2026-03-06T16:59', '2026-03-07T10:00', '2026-02-12T15:00', '2026-12-31T20:00'];
    for (const start of starts) {
      for (const duration of [{ value: 1, unit: 'working_hours' }, { value: 2.5, unit: 'working_days' }, { value: 15, unit: 'working_days' }] as const) {
        const from = at(start);
        const dueAt = calendar.addWorkingTime(from, duration);
        expect(calendar.workingTimeBetween(from, dueAt)).toBe(calendar.toWorkingMs(duration));
      }
    }
  });
});
