import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Sql } from '../db/sql';

export const OVERDUE_REVIEW_JOB = 'overdue_review';

/** The next review moment (D13: by 10:30 and 15:00 each working day) strictly after `after`. */
export function nextReviewAt(calendar: WorkingCalendar, after: Date, times: string[]): Date {
  let day = DateTime.fromJSDate(after, { zone: calendar.timeZone }).startOf('day');
  for (let i = 0; i < 60; i += 1, day = day.plus({ days: 1 })) {
    for (const time of [...times].sort()) {
      const [hour, minute] = time.split(':').map(Number);
      const at = day.set({ hour, minute }).toJSDate();
      if (at > after && calendar.isWorkingDay(at)) return at;
    }
  }
  throw new Error('No working day in the next 60 days: check the calendar');
}

/** Arms the next daily review once for the province; every node may call it, one job results. */
export async function armNextReview(db: Sql, calendar: WorkingCalendar, after: Date): Promise<void> {
  const setting = await db.one<{ value: string[] }>(`select value from province_setting where key = 'overdueReviewTimes'`);
  const at = nextReviewAt(calendar, after, setting?.value ?? ['10:30', '15:00']);
  await db.run(
    `insert into timer_job (dossier_id, timer_id, kind, due_at) values (null, ?, ?, ?) on conflict (timer_id) where dossier_id is null do nothing`,
    [`${OVERDUE_REVIEW_JOB}:${at.toISOString()}`, OVERDUE_REVIEW_JOB, at],
  );
}

/** The review itself: one alert per agency that has overdue dossiers, for its one-stop desk. */
export async function runOverdueReview(db: Sql, calendar: WorkingCalendar, now: Date, dueAt: Date): Promise<void> {
  const agencies = await db.all<{ agency_id: number; overdue: string }>(
    `select agency_id, count(*) as overdue from dossier
      where status = 'processing' and due_at < ? and clock_stopped_at is null group by agency_id`,
    [now],
  );
  for (const row of agencies) {
    await db.run(
      `insert into alert (agency_id, role, kind, message, created_at) values (?, 'desk_officer', 'overdue_review', ?, ?)`,
      [row.agency_id, `Rà soát hồ sơ quá hạn: có ${row.overdue} hồ sơ đã quá ngày hẹn trả.`, now],
    );
  }
  await armNextReview(db, calendar, dueAt);
}
