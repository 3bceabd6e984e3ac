/**
 * E1 — thời hạn giải quyết tính theo ngày, giờ làm việc kể từ thời điểm tiếp nhận, trừ ngày nghỉ
 * cuối tuần, ngày lễ, Tết, ngày nghỉ bù, và tính cả ngày làm bù.
 */
import { parseIsoLocal as at } from './local-time';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(defaultVietnamCalendarRules());
const due = (from: string, value: number, unit: 'working_days' | 'working_hours') =>
  calendar.toIsoLocal(calendar.addWorkingTime(at(from), { value, unit }));

describe('due date in working days and hours (E1)', () => {
  it('one working day from Monday 09:00 is due Tuesday 09:00', () => {
    // given a dossier received on Monday 2 March 2026 at 09:00
    // when its processing time is 1 working day
    // then it is due on Tuesday at the same hour
    expect(due('2026-03-02T09:00', 1, 'working_days')).toBe('2026-03-03T09:00:00+07:00');
  });

  it('three working hours from 16:00 run into the next working morning, due 09:30', () => {
    expect(due('2026-03-02T16:00', 3, 'working_hours')).toBe('2026-03-03T09:30:00+07:00');
  });

  it('one working day from the opening hour is due at the close of the same day', () => {
    expect(due('2026-03-02T07:30', 1, 'working_days')).toBe('2026-03-02T17:00:00+07:00');
  });

  it('a working day is 7.5 hours of working time with the standard hours', () => {
    expect(calendar.workingDayMs).toBe(7.5 * 3_600_000);
    expect(due('2026-03-02T07:30', 0.5, 'working_days')).toBe('2026-03-02T11:15:00+07:00');
  });

  it('skips the lunch break', () => {
    // given 2 working hours starting at 10:30: one hour before lunch, one after 13:30
    expect(due('2026-03-02T10:30', 2, 'working_hours')).toBe('2026-03-02T14:30:00+07:00');
    // and a time ending exactly at 11:30 is due at 11:30, not at 13:30
    expect(due('2026-03-02T10:30', 1, 'working_hours')).toBe('2026-03-02T11:30:00+07:00');
  });

  it('skips the weekend: Friday 09:00 + 1 working day is Monday 09:00', () => {
    expect(due('2026-03-06T09:00', 1, 'working_days')).toBe('2026-03-09T09:00:00+07:00');
  });

  it('skips two weekends: Monday + 10 working days is the Monday two weeks later', () => {
    expect(due('2026-03-02T09:00', 10, 'working_days')).toBe('2026-03-16T09:00:00+07:00');
  });

  it('skips the whole Tết Nguyên đán break (14–22 February 2026)', () => {
    // given a dossier received on the last working day before Tết
    // when it has 1 working day
    // then it is due on the first working day after the break
    expect(due('2026-02-13T09:00', 1, 'working_days')).toBe('2026-02-23T09:00:00+07:00');
    expect(due('2026-02-13T16:00', 3, 'working_hours')).toBe('2026-02-23T09:30:00+07:00');
  });

  it('skips the compensating day off for Giỗ Tổ Hùng Vương on a Sunday', () => {
    expect(due('2026-04-24T09:00', 1, 'working_days')).toBe('2026-04-28T09:00:00+07:00');
  });

  it('skips 30/4 and 1/5 together with the weekend after them', () => {
    expect(due('2026-04-29T09:00', 1, 'working_days')).toBe('2026-05-04T09:00:00+07:00');
  });

  it('zero working time is the next working moment itself', () => {
    expect(due('2026-03-02T09:00', 0, 'working_hours')).toBe('2026-03-02T09:00:00+07:00');
    expect(due('2026-03-02T12:00', 0, 'working_hours')).toBe('2026-03-02T13:30:00+07:00');
  });

  it('takes any instant, whatever offset it was written with', () => {
    // 02:00 UTC is 09:00 in Vietnam
    expect(calendar.toIsoLocal(calendar.addWorkingTime(new Date('2026-03-02T02:00:00Z'), { value: 1, unit: 'working_days' })))
      .toBe('2026-03-03T09:00:00+07:00');
  });

  it('rejects a negative, non-numeric or unknown duration', () => {
    const from = at('2026-03-02T09:00');
    expect(() => calendar.addWorkingTime(from, { value: -1, unit: 'working_days' })).toThrow('không âm');
    expect(() => calendar.addWorkingTime(from, { value: NaN, unit: 'working_hours' })).toThrow(RangeError);
    expect(() => calendar.addWorkingTime(from, { value: 1, unit: 'weeks' as 'working_days' })).toThrow('Đơn vị thời hạn');
    expect(() => calendar.addWorkingTime(new Date('garbage'), { value: 1, unit: 'working_days' })).toThrow('không hợp lệ');
  });
});

describe('swapped working days and swapped days off (E1)', () => {
  // given a province that works on Saturday 10 January 2026 in exchange for Friday 2 January off
  const swapped = new WorkingCalendar({
    ...defaultVietnamCalendarRules(),
    swappedWorkingDays: ['2026-01-10'],
    swappedDaysOff: ['2026-01-02'],
  });
  const swappedDue = (from: string, value: number) =>
    swapped.toIsoLocal(swapped.addWorkingTime(at(from), { value, unit: 'working_days' }));

  it('counts the swapped Saturday as a working day', () => {
    expect(swapped.isWorkingDay(at('2026-01-10T12:00'))).toBe(true);
    expect(swappedDue('2026-01-09T09:00', 1)).toBe('2026-01-10T09:00:00+07:00');
  });

  it('skips New Year, the swapped day off and the weekend after them', () => {
    expect(swapped.isWorkingDay(at('2026-01-02T12:00'))).toBe(false);
    expect(swappedDue('2025-12-31T09:00', 1)).toBe('2026-01-05T09:00:00+07:00');
  });

  it('leaves the ordinary Saturday after it a day off', () => {
    expect(swappedDue('2026-01-16T09:00', 1)).toBe('2026-01-19T09:00:00+07:00');
  });
});

describe('wall-clock working hours in any zone', () => {
  it('keeps working hours on the wall clock across a daylight-saving change', () => {
    // given a calendar in a zone that moves its clocks on Sunday 29 March 2026
    const berlin = new WorkingCalendar({
      timeZone: 'Europe/Berlin',
      workingHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      weekendDays: [6, 7],
      holidays: [],
      swappedWorkingDays: [],
    });
    // when one working day is counted from Friday 09:00 (+01:00)
    const from = at('2026-03-27T09:00', 'Europe/Berlin');
    const dueAt = berlin.addWorkingTime(from, { value: 1, unit: 'working_days' });
    // then it is due Monday 09:00 on the wall clock (+02:00), after exactly 8 working hours
    expect(berlin.toIsoLocal(dueAt)).toBe('2026-03-30T09:00:00+02:00');
    expect(berlin.workingTimeBetween(from, dueAt)).toBe(8 * 3_600_000);
  });
});

describe('a calendar without working time', () => {
  it('fails loudly instead of searching forever', () => {
    // given a province that declared every day of 2026–2029 a holiday
    const everyDay = Array.from({ length: 4 * 366 }, (_, k) => new Date(Date.UTC(2026, 0, 1 + k)).toISOString().slice(0, 10));
    const closed = new WorkingCalendar({ ...defaultVietnamCalendarRules(), holidays: everyDay, swappedDaysOff: [] });
    // when a due date is asked for, then the error names the problem
    expect(() => closed.addWorkingTime(at('2026-03-02T09:00'), { value: 1, unit: 'working_days' })).toThrow(
      'không có giờ làm việc nào',
    );
  });
});
