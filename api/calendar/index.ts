/** Thời gian pháp lý: đồng hồ được tiêm vào và lịch làm việc (DESIGN.md, quyết định 6). */
export { type Clock, type ClockStep, ControllableClock, SystemClock } from './clock';
export {
  type CalendarRules,
  CalendarRulesError,
  type RuleProblem,
  type WorkingPeriod,
  type YearCalendar,
  findRuleProblems,
  validateCalendarRules,
  withYearCalendar,
} from './calendar-rules';
export { VIETNAM_TIME_ZONE, localDate, parseIsoLocal, toIsoLocal } from './local-time';
export { type ClassifyInput, type Timeliness, classifyTimeliness } from './timeliness';
export { type ClockStop, type WorkingDuration, WorkingCalendar } from './working-calendar';
export {
  STANDARD_WORKING_HOURS,
  VIETNAM_HOLIDAYS_2026,
  VIETNAM_HOLIDAYS_2027,
  defaultVietnamCalendarRules,
} from './vietnam-holidays';
