/** E1 — lịch làm việc do tỉnh khai báo phải hợp lệ; lỗi được báo bằng tiếng Việt, từng trường. */
import { type CalendarRules, CalendarRulesError, findRuleProblems, withYearCalendar } from './calendar-rules';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const valid = defaultVietnamCalendarRules();
function captureError(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const problemsOf = (change: Partial<Record<keyof CalendarRules, unknown>>) => findRuleProblems({ ...valid, ...change });

describe('invalid calendar rules are rejected', () => {
  it('accepts the default rules', () => {
    expect(findRuleProblems(valid)).toEqual([]);
  });

  it('rejects overlapping working hours', () => {
    const problems = problemsOf({ workingHours: [{ start: '07:30', end: '11:30' }, { start: '11:00', end: '17:00' }] });
    expect(problems).toEqual([{ path: '/workingHours/1', message: 'Khoảng giờ làm việc 11:00–17:00 chồng lấn với 07:30–11:30' }]);
  });

  it('accepts periods that touch but do not overlap', () => {
    expect(problemsOf({ workingHours: [{ start: '13:00', end: '17:00' }, { start: '08:00', end: '13:00' }] })).toEqual([]);
  });

  it('rejects malformed hours and a period that ends before it starts', () => {
    const problems = problemsOf({ workingHours: [{ start: '7:30', end: '11:30' }, { start: '17:00', end: '13:30' }, { start: '24:00' }] });
    expect(problems.map((p) => p.path)).toEqual(['/workingHours/0/start', '/workingHours/1', '/workingHours/2/start', '/workingHours/2/end']);
    expect(problems[0].message).toBe('Giờ bắt đầu "7:30" phải có dạng HH:mm (ví dụ 07:30)');
    expect(problems[1].message).toBe('Giờ bắt đầu 17:00 phải trước giờ kết thúc 13:30');
  });

  it('rejects a calendar without working hours or without working days', () => {
    expect(problemsOf({ workingHours: [] })[0].message).toBe('Phải khai báo ít nhất một khoảng giờ làm việc');
    expect(problemsOf({ weekendDays: [1, 2, 3, 4, 5, 6, 7] })[0].message).toBe('Không thể đặt cả 7 ngày trong tuần là ngày nghỉ');
    expect(problemsOf({ weekendDays: [0, 8] }).map((p) => p.path)).toEqual(['/weekendDays/0', '/weekendDays/1']);
  });

  it('rejects dates that are not real YYYY-MM-DD dates', () => {
    const problems = problemsOf({ holidays: ['2026-02-30', '2026/01/01', 20260101] });
    expect(problems.map((p) => p.path)).toEqual(['/holidays/0', '/holidays/1', '/holidays/2']);
    expect(problems[0].message).toBe('Ngày nghỉ lễ "2026-02-30" không phải ngày hợp lệ dạng YYYY-MM-DD');
    expect(problemsOf({ swappedDaysOff: 'none' })[0].path).toBe('/swappedDaysOff');
  });

  it('rejects contradictory swapped days', () => {
    expect(problemsOf({ swappedWorkingDays: ['2026-03-04'] })[0].message).toBe('Ngày làm bù 2026-03-04 không rơi vào ngày nghỉ cuối tuần');
    expect(problemsOf({ swappedWorkingDays: ['2026-02-14'] })[0].message).toBe('Ngày 2026-02-14 vừa là ngày làm bù vừa là ngày nghỉ');
    expect(problemsOf({ swappedDaysOff: ['2026-03-07'] })[0].message).toBe('Ngày nghỉ bù 2026-03-07 đã là ngày nghỉ cuối tuần');
  });

  it('rejects an unknown time zone and a non-object', () => {
    expect(problemsOf({ timeZone: 'Asia/Saigon_Old' })[0].path).toBe('/timeZone');
    expect(findRuleProblems(null)).toEqual([{ path: '', message: 'Lịch làm việc phải là một đối tượng' }]);
  });

  it('the calendar refuses invalid rules with a coded error listing every problem', () => {
    const error = captureError(() => new WorkingCalendar({ ...valid, workingHours: [{ start: '08:00', end: '08:00' }], holidays: ['x'] }));
    expect(error).toBeInstanceOf(CalendarRulesError);
    expect((error as CalendarRulesError).code).toBe('CALENDAR_RULES_INVALID');
    expect((error as CalendarRulesError).details.map((d) => d.path)).toEqual(['/workingHours/0', '/holidays/0']);
    expect((error as Error).message).toMatch(/^Lịch làm việc không hợp lệ: Giờ bắt đầu 08:00 phải trước/);
  });

  it('keeps a normalised, frozen copy of the rules', () => {
    const input = { ...valid, holidays: ['2026-09-02', '2026-01-01', '2026-01-01'] };
    const calendar = new WorkingCalendar(input);
    expect(calendar.rules.holidays).toEqual(['2026-01-01', '2026-09-02']);
    input.holidays.push('2026-03-02');
    expect(calendar.isWorkingDay(new Date('2026-03-02T05:00:00Z'))).toBe(true);
    expect(Object.isFrozen(calendar.rules)).toBe(true);
    expect(Object.isFrozen(calendar.rules.holidays)).toBe(true);
    expect(Object.isFrozen(calendar.rules.workingHours[0])).toBe(true);
  });
});

describe('a province replaces one year of holidays', () => {
  it('replaces that year and keeps the others', () => {
    const rules = withYearCalendar(valid, { year: 2026, holidays: ['2026-01-01', '2026-01-02'], swappedWorkingDays: ['2026-01-10'] });
    expect(rules.holidays.filter((d) => d.startsWith('2026-'))).toEqual(['2026-01-01', '2026-01-02']);
    expect(rules.swappedWorkingDays).toEqual(['2026-01-10']);
    expect(rules.swappedDaysOff).toEqual(['2027-05-03']);
    expect(rules.holidays).toContain('2027-02-06');
  });

  it('rejects a date from another year', () => {
    expect(() => withYearCalendar(valid, { year: 2026, holidays: ['2027-01-01'], swappedWorkingDays: [] })).toThrow(
      'Ngày 2027-01-01 không thuộc năm 2026',
    );
  });
});
