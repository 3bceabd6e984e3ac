/**
 * E2 — tình trạng giải quyết hồ sơ (QĐ Long An 2019, Điều 14.4): trước hạn, đúng hạn, trễ hạn theo
 * ngày có kết quả so với ngày hẹn trả; đang giải quyết quá hạn khi đã quá thời gian hẹn trả.
 */
import { ControllableClock } from './clock';
import { parseIsoLocal as at } from './local-time';
import { classifyTimeliness } from './timeliness';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(defaultVietnamCalendarRules());
// given a dossier received Monday 2 March 2026 at 09:00 with 1 working day: due Tuesday 09:00
const receivedAt = at('2026-03-02T09:00');
const dueAt = calendar.addWorkingTime(receivedAt, { value: 1, unit: 'working_days' });

describe('resolved dossiers compare the result day with the due day (LA 14.4a-c)', () => {
  it('a result on a day before the due day is early', () => {
    expect(calendar.classify({ dueAt, resolvedAt: at('2026-03-02T16:00') })).toBe('early');
  });

  it('a result on the due day is on time, even hours after the due instant', () => {
    expect(calendar.classify({ dueAt, resolvedAt: at('2026-03-03T08:00') })).toBe('on_time');
    expect(calendar.classify({ dueAt, resolvedAt: at('2026-03-03T16:30') })).toBe('on_time');
  });

  it('a result on a day after the due day is late', () => {
    expect(calendar.classify({ dueAt, resolvedAt: at('2026-03-04T07:45') })).toBe('late');
  });

  it('days are those of the province, not of UTC', () => {
    // 00:30 on Wednesday in Vietnam is still Tuesday in UTC
    const justAfterMidnight = at('2026-03-04T00:30');
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-03-03');
    expect(calendar.classify({ dueAt, resolvedAt: justAfterMidnight })).toBe('late');
    expect(calendar.classify({ dueAt, resolvedAt: at('2026-03-03T23:59') })).toBe('on_time');
  });

  it('a resolved dossier ignores now', () => {
    expect(calendar.classify({ dueAt, resolvedAt: at('2026-03-02T16:00'), now: at('2027-01-01T00:00') })).toBe('early');
  });
});

describe('open dossiers compare now with the due instant (LA 14.4d)', () => {
  it('is in progress until the due instant, overdue right after it', () => {
    // given the test clock at reception
    const clock = new ControllableClock(receivedAt);
    expect(calendar.classify({ dueAt, now: clock.now() })).toBe('in_progress');
    // when a whole day passes, up to the due instant
    clock.advance({ days: 1 });
    expect(calendar.classify({ dueAt, resolvedAt: null, now: clock.now() })).toBe('in_progress');
    // then one millisecond later the dossier is overdue
    clock.advance(1);
    expect(calendar.classify({ dueAt, now: clock.now() })).toBe('overdue');
  });

  it('the overdue working time is the negative remaining time', () => {
    const now = at('2026-03-03T10:30');
    expect(calendar.remaining(now, dueAt)).toBe(-1.5 * 3_600_000);
  });

  it('asks for now when the dossier is open', () => {
    expect(() => classifyTimeliness({ dueAt, now: undefined as unknown as Date }, 'Asia/Ho_Chi_Minh')).toThrow(
      'thời điểm hiện tại',
    );
  });
});
