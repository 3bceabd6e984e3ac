import type { Sql } from '../db/sql';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { toIsoLocal } from '../calendar/local-time';
import type { Principal } from '../identity/principal';
import {
  accessClause, allOf, dueSoonUntil, facetClauses, narrowingClauses, readsDossier, timeLeft, type InboxFilters, type TimeLeft,
} from './inbox-filters';

/**
 * The total stops counting here: past it the inbox says "more than 10,000", which no officer
 * pages through, and counting every row of a huge agency would cost more than the page itself.
 */
export const INBOX_TOTAL_CAP = 10_000;

export interface InboxQuery extends InboxFilters {
  page: number;
  pageSize: number;
}

export interface InboxTask {
  id: number;
  dossierCode: string;
  taskKey: string;
  name: string;
  role: string;
  assignee: string | null;
  dueAt: string | null;
  createdAt: string;
  procedureCode: string;
  procedureName: string;
  dossierStatus: string;
  actions: string[];
  timeLeft: TimeLeft;
}

interface Row {
  id: string; dossier_code: string; task_key: string; name: string; role: string; assignee: string | null;
  due_at: Date | null; created_at: Date; procedure_code: string; procedure_name: string; dossier_status: string;
  actions: string[];
}

/**
 * One page of the officer's inbox, filtered and ordered by the database (due first, then by id,
 * so pages never overlap), with the number of matching tasks up to INBOX_TOTAL_CAP.
 * Reads only the indexed task table and the dossier row, never engine state.
 */
export async function listInbox(
  db: Sql, calendar: WorkingCalendar, now: Date, principal: Principal, query: InboxQuery,
): Promise<{ items: InboxTask[]; total: number; capped: boolean }> {
  const soonUntil = dueSoonUntil(calendar, now);
  const facets = facetClauses(query, now, soonUntil);
  const where = allOf([accessClause(principal), ...narrowingClauses(principal, query), facets.procedure, facets.status, facets.timeLeft]);
  const joinDossier = readsDossier(where) ? 'join dossier d on d.id = t.dossier_id' : '';
  const [rows, counted] = await Promise.all([
    // The page's ids first, from the inbox index alone when no filter reads the dossier, so a
    // later page skips index entries rather than joined rows; then the page's own rows.
    db.all<Row>(
      `with page as (
         select t.id, t.due_at from task t ${joinDossier}
          where ${where.sql}
          order by t.due_at asc nulls last, t.id asc
          limit ? offset ?)
       select t.id, d.code as dossier_code, t.task_key, t.name, t.role, u.username as assignee, t.due_at, t.created_at,
              d.procedure_code, d.procedure_name, d.status as dossier_status, t.actions
         from page
         join task t on t.id = page.id
         join dossier d on d.id = t.dossier_id
         left join app_user u on u.id = t.assignee_id
        order by page.due_at asc nulls last, page.id asc`,
      [...where.params, query.pageSize, (query.page - 1) * query.pageSize],
    ),
    db.one<{ n: string }>(
      `select count(*) as n from (select 1 from task t ${joinDossier} where ${where.sql} limit ?) matching`,
      [...where.params, INBOX_TOTAL_CAP + 1],
    ),
  ]);
  const total = Number(counted?.n ?? 0);
  return {
    total: Math.min(total, INBOX_TOTAL_CAP),
    capped: total > INBOX_TOTAL_CAP,
    items: rows.map((row) => ({
      id: Number(row.id),
      dossierCode: row.dossier_code,
      taskKey: row.task_key,
      name: row.name,
      role: row.role,
      assignee: row.assignee,
      dueAt: row.due_at ? toIsoLocal(row.due_at) : null,
      createdAt: toIsoLocal(row.created_at),
      procedureCode: row.procedure_code,
      procedureName: row.procedure_name,
      dossierStatus: row.dossier_status,
      actions: row.actions,
      timeLeft: timeLeft(calendar, now, row.due_at),
    })),
  };
}
