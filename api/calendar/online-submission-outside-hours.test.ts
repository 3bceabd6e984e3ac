/**
 * D2 — hồ sơ nộp trực tuyến ngoài giờ làm việc được tính từ giờ làm việc kế tiếp
 * (QĐ Sóc Trăng 2019, Điều 11.2a); nộp sau 17 giờ thì tiếp nhận vào ngày hôm sau (QĐ Long An 2019,
 * Điều 9.1). Time limit for accepting: 8 working hours (ST) or 2 (HN).
 */
import { ControllableClock } from './clock';
import { parseIsoLocal as at } from './local-time';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(defaultVietnamCalendarRules());
const next = (t: string) => calendar.toIsoLocal(calendar.nextWorkingMoment(at(t)));
const acceptBy = (submittedAt: Date, hours: number) =>
  calendar.toIsoLocal(calendar.addWorkingTime(submittedAt, { value: hours, unit: 'working_hours' }));

describe('online submission outside working hours (D2)', () => {
  it('a submission inside working hours counts from the moment itself', () => {
    expect(next('2026-03-02T09:15')).toBe('2026-03-02T09:15:00+07:00');
    expect(next('2026-03-02T07:30')).toBe('2026-03-02T07:30:00+07:00');
    expect(next('2026-03-02T13:30')).toBe('2026-03-02T13:30:00+07:00');
  });

  it('a submission after 17:00 counts from the next working morning (LA 9.1)', () => {
    expect(next('2026-03-02T17:30')).toBe('2026-03-03T07:30:00+07:00');
    // 17:00 itself is already outside working hours
    expect(next('2026-03-02T17:00')).toBe('2026-03-03T07:30:00+07:00');
  });

  it('a submission at night or before opening counts from 07:30', () => {
    expect(next('2026-03-03T02:00')).toBe('2026-03-03T07:30:00+07:00');
  });

  it('a submission during the lunch break counts from 13:30', () => {
    expect(next('2026-03-02T11:30')).toBe('2026-03-02T13:30:00+07:00');
    expect(next('2026-03-02T12:45')).toBe('2026-03-02T13:30:00+07:00');
  });

  it('a submission on Saturday counts from Monday 07:30', () => {
    expect(next('2026-03-07T10:00')).toBe('2026-03-09T07:30:00+07:00');
    expect(next('2026-03-06T17:05')).toBe('2026-03-09T07:30:00+07:00');
  });

  it('a submission on the eve of 30/4 counts from the Monday after the holidays', () => {
    expect(next('2026-04-29T18:00')).toBe('2026-05-04T07:30:00+07:00');
  });

  it('Sóc Trăng: a Saturday submission must be accepted within 8 working hours, by Tuesday 08:00', () => {
    // given the citizen submits on Saturday at 10:00, as the test clock says
    const clock = new ControllableClock(at('2026-03-07T10:00'));
    // when the acceptance limit of 8 working hours is counted
    const deadline = acceptBy(clock.now(), 8);
    // then Monday's 7.5 hours and half an hour of Tuesday are used
    expect(deadline).toBe('2026-03-10T08:00:00+07:00');
  });

  it('Hà Nội: an evening submission must be accepted within 2 working hours, by 09:30 next morning', () => {
    const clock = new ControllableClock(at('2026-03-02T18:00'));
    expect(acceptBy(clock.now(), 2)).toBe('2026-03-03T09:30:00+07:00');
  });

  it('tells working time from the rest, with half-open periods', () => {
    expect(calendar.isWorkingTime(at('2026-03-02T07:30'))).toBe(true);
    expect(calendar.isWorkingTime(at('2026-03-02T11:29:59.999'))).toBe(true);
    expect(calendar.isWorkingTime(at('2026-03-02T11:30'))).toBe(false);
    expect(calendar.isWorkingTime(at('2026-03-02T16:59'))).toBe(true);
    expect(calendar.isWorkingTime(at('2026-03-02T17:00'))).toBe(false);
    expect(calendar.isWorkingTime(at('2026-03-07T09:00'))).toBe(false);
    expect(calendar.isWorkingTime(at('2026-02-18T09:00'))).toBe(false);
  });
});
