import type { EntityManager } from '@mikro-orm/postgresql';
import { validateCalendarRules, withYearCalendar, type CalendarRules, type YearCalendar } from './calendar-rules';
import { defaultVietnamCalendarRules } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

const PROVINCE = 'province';

/**
 * The province's working calendar, kept in the database and cached per node. A node notices a
 * change made on another node through the row's version, read with every lookup (one indexed
 * primary-key read), so a new holiday applies everywhere at once.
 */
export class CalendarStore {
  private cached?: { version: number; calendar: WorkingCalendar };

  /** Creates the province calendar from the built-in Vietnamese defaults on first start. */
  async ensure(em: EntityManager): Promise<void> {
    await em.getConnection().execute(
      'insert into working_calendar (id, rules) values (?, ?) on conflict (id) do nothing',
      [PROVINCE, JSON.stringify(defaultVietnamCalendarRules())],
    );
  }

  async current(em: EntityManager): Promise<WorkingCalendar> {
    const [row] = await em.getConnection().execute<{ version: number }[]>('select version from working_calendar where id = ?', [PROVINCE]);
    if (this.cached && row && this.cached.version === row.version) return this.cached.calendar;
    const [full] = await em.getConnection().execute<{ version: number; rules: CalendarRules }[]>(
      'select version, rules from working_calendar where id = ?', [PROVINCE],
    );
    this.cached = { version: full.version, calendar: new WorkingCalendar(full.rules) };
    return this.cached.calendar;
  }

  /** Replaces the rules after validating them; a concurrent edit wins cleanly by version. */
  async update(em: EntityManager, change: (rules: CalendarRules) => CalendarRules): Promise<CalendarRules> {
    return em.transactional(async (tx) => {
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
  }

  setHours(em: EntityManager, hours: Pick<CalendarRules, 'workingHours' | 'weekendDays'>): Promise<CalendarRules> {
    return this.update(em, (rules) => ({ ...rules, ...hours }));
  }

  setYear(em: EntityManager, year: YearCalendar): Promise<CalendarRules> {
    return this.update(em, (rules) => withYearCalendar(rules, year));
  }
}
