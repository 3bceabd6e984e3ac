import type { EntityManager } from '@mikro-orm/postgresql';
import { validateCalendarRules, withYearCalendar, type CalendarRules, type YearCalendar } from './calendar-rules';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const PROVINCE = 'province';

/**
 * How long a node trusts its copy of the calendar before reading the row's version again. A
 * lookup happens on nearly every request; a calendar changes a few times a year, and always ahead
 * of the days it changes.
 */
const FRESH_MS = 1000;

/**
 * The province's working calendar, kept in the database and cached per node. A change applies at
 * once on the node that makes it, and within a second on the others, which notice it through the
 * row's version (one indexed primary-key read at most once a second).
 */
export class CalendarStore {
  private cached?: { version: number; calendar: WorkingCalendar; checkedAt: number };

  /** Creates the province calendar from the built-in Vietnamese defaults on first start. */
  async ensure(em: EntityManager): Promise<void> {
    await em.getConnection().execute(
      'insert into working_calendar (id, rules) values (?, ?) on conflict (id) do nothing',
      [PROVINCE, JSON.stringify(defaultVietnamCalendarRules())],
    );
  }

  async current(em: EntityManager): Promise<WorkingCalendar> {
    const checkedAt = performance.now();
    if (this.cached && checkedAt - this.cached.checkedAt < FRESH_MS) return this.cached.calendar;
    const [row] = await em.getConnection().execute<{ version: number }[]>('select version from working_calendar where id = ?', [PROVINCE]);
    if (this.cached && row && this.cached.version === row.version) {
      this.cached.checkedAt = checkedAt;
      return this.cached.calendar;
    }
    const [full] = await em.getConnection().execute<{ version: number; rules: CalendarRules }[]>(
      'select version, rules from working_calendar where id = ?', [PROVINCE],
    );
    this.cached = { version: full.version, calendar: new WorkingCalendar(full.rules), checkedAt };
    return this.cached.calendar;
  }

  /** Replaces the rules after validating them; a concurrent edit wins cleanly by version. */
  async update(em: EntityManager, change: (rules: CalendarRules) => CalendarRules): Promise<CalendarRules> {
    const updated = await em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const [row] = await connection.execute<{ rules: CalendarRules }[]>(
        'select rules from working_calendar where id = ? for update', [PROVINCE], 'all', ctx,
      );
      const rules = validateCalendarRules(change(row.rules));
      await connection.execute(
        'update working_calendar set rules = ?, version = version + 1, updated_at = now() where id = ?',
        [JSON.stringify(rules), PROVINCE], 'run', ctx,
      );
      return rules;
    });
    this.cached = undefined;
    return updated;
  }

  setHours(em: EntityManager, hours: Pick<CalendarRules, 'workingHours' | 'weekendDays'>): Promise<CalendarRules> {
    return this.update(em, (rules) => ({ ...rules, ...hours }));
  }

  setYear(em: EntityManager, year: YearCalendar): Promise<CalendarRules> {
    return this.update(em, (rules) => withYearCalendar(rules, year));
  }
}
