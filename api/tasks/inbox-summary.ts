import type { Sql } from '../db/sql';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Principal } from '../identity/principal';
import {
  TIME_LEFT_VALUES, accessClause, allOf, dueSoonUntil, facetClauses, narrowingClauses, timeLeftSql, type InboxFilters, type TimeLeft,
} from './inbox-filters';

/**
 * What the inbox's chips and dropdowns show, without the rows: the tasks per time left, and the
 * procedures and dossier statuses present, each with its count. Every facet is counted under the
 * other filters but not its own, so a chip still tells how many tasks choosing it would show.
 */
export interface InboxSummary {
  timeLeft: Record<TimeLeft, number>;
  procedures: { code: string; name: string; count: number }[];
  dossierStatuses: { status: string; count: number }[];
}

interface Row {
  bucket: TimeLeft | null; procedure_code: string | null; procedure_name: string | null; status: string | null;
  facet: 'time' | 'procedure' | 'status'; n: string;
}

/** One pass over the officer's visible tasks (with the narrowing filters), grouped three ways. */
export async function summariseInbox(
  db: Sql, calendar: WorkingCalendar, now: Date, principal: Principal, filters: InboxFilters,
): Promise<InboxSummary> {
  const soonUntil = dueSoonUntil(calendar, now);
  const where = allOf([accessClause(principal), ...narrowingClauses(principal, filters)]);
  const facets = facetClauses(filters, now, soonUntil);
  const [bucket, time, procedure, status] = [timeLeftSql(now, soonUntil), allOf([facets.timeLeft]), allOf([facets.procedure]), allOf([facets.status])];
  // grouping() is a bit mask of the columns left out: 7 = by time left, 14 = by status, otherwise by procedure.
  const rows = await db.all<Row>(
    `select bucket, procedure_code, procedure_name, status,
            case grouping(bucket, procedure_code, procedure_name, status) when 7 then 'time' when 14 then 'status' else 'procedure' end as facet,
            case grouping(bucket, procedure_code, procedure_name, status)
              when 7 then count(*) filter (where procedure_ok and status_ok)
              when 14 then count(*) filter (where time_ok and procedure_ok)
              else count(*) filter (where time_ok and status_ok) end as n
       from (select ${bucket.sql} as bucket, d.procedure_code, d.procedure_name, d.status,
                    (${time.sql}) as time_ok, (${procedure.sql}) as procedure_ok, (${status.sql}) as status_ok
               from task t join dossier d on d.id = t.dossier_id
              where ${where.sql}) visible
      group by grouping sets ((bucket), (procedure_code, procedure_name), (status))`,
    [...bucket.params, ...time.params, ...procedure.params, ...status.params, ...where.params],
  );
  const summary: InboxSummary = {
    timeLeft: Object.fromEntries(TIME_LEFT_VALUES.map((value) => [value, 0])) as Record<TimeLeft, number>,
    procedures: [],
    dossierStatuses: [],
  };
  for (const row of rows) {
    const count = Number(row.n);
    if (row.facet === 'time') summary.timeLeft[row.bucket!] = count;
    // A chosen procedure or status stays listed at zero, so its dropdown keeps showing the choice.
    else if (row.facet === 'procedure' && (count || row.procedure_code === filters.procedureCode)) {
      summary.procedures.push({ code: row.procedure_code!, name: row.procedure_name!, count });
    } else if (row.facet === 'status' && (count || row.status === filters.dossierStatus)) {
      summary.dossierStatuses.push({ status: row.status!, count });
    }
  }
  summary.procedures.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code));
  summary.dossierStatuses.sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
  return summary;
}
