/** Lịch nghỉ lễ mẫu 2026–2027 (Bộ luật Lao động 2019, Điều 112). */
import { parseIsoLocal as at } from './local-time';
import { defaultVietnamCalendarRules, VIETNAM_HOLIDAYS_2026, VIETNAM_HOLIDAYS_2027 } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar(defaultVietnamCalendarRules());
const isWorking = (date: string) => calendar.isWorkingDay(at(`${date}T12:00`));

describe('demo Vietnamese holidays', () => {
  it('Tết Nguyên đán 2026 is off from Saturday 14 to Sunday 22 February', () => {
    expect(isWorking('2026-02-13')).toBe(true);
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(isWorking(day)).toBe(false);
    }
    expect(isWorking('2026-02-23')).toBe(true);
  });

  it('Giỗ Tổ Hùng Vương 2026 falls on a Sunday and is compensated on Monday 27 April', () => {
    expect(isWorking('2026-04-27')).toBe(false);
    expect(isWorking('2026-04-28')).toBe(true);
  });

  it('30/4, 1/5 and Quốc khánh 2026 are off', () => {
    for (const day of ['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']) expect(isWorking(day)).toBe(false);
    expect(isWorking('2026-09-03')).toBe(true);
  });

  it('2027 has Tết around Saturday 6 February, Giỗ Tổ on 16 April and 1/5 compensated on 3 May', () => {
    expect(isWorking('2027-02-04')).toBe(true);
    for (const day of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) expect(isWorking(day)).toBe(false);
    expect(isWorking('2027-02-12')).toBe(true);
    expect(isWorking('2027-04-16')).toBe(false);
    expect(isWorking('2027-05-03')).toBe(false);
  });

  it('every date belongs to its year', () => {
    for (const year of [VIETNAM_HOLIDAYS_2026, VIETNAM_HOLIDAYS_2027]) {
      const dates = [...year.holidays, ...year.swappedWorkingDays, ...(year.swappedDaysOff ?? [])];
      expect(dates.every((d) => d.startsWith(`${year.year}-`))).toBe(true);
    }
  });

  it('hands out an independent copy each time', () => {
    const mine = defaultVietnamCalendarRules();
    mine.holidays.push('2026-03-02');
    mine.workingHours[0].start = '08:00';
    expect(defaultVietnamCalendarRules().holidays).not.toContain('2026-03-02');
    expect(defaultVietnamCalendarRules().workingHours[0].start).toBe('07:30');
  });
});
