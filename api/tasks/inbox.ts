import { pgArray, type Sql } from '../db/sql';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { toIsoLocal } from '../calendar/local-time';
import type { Principal } from '../identity/principal';

/** Thời hạn còn lại of a task, for the inbox colours. */
export type TimeLeft = 'on_time' | 'due_soon' | 'overdue' | 'no_deadline';

/** Below this much working time left, a task shows as due soon. */
const DUE_SOON_MS = 4 * 3600_000;

export interface InboxQuery {
  procedureCode?: string;
  dueBefore?: string;
  timeLeft?: TimeLeft;
  mine?: boolean;
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
  actions: string[]; total: string;
}

/**
 * The tasks an officer may work (DESIGN.md decisions 2 and 7): open tasks of their agency, of a
 * role they hold, of their department when the step names one, not claimed by someone else.
 * Reads only the indexed task table and the dossier row, never engine state.
 */
export async function listInbox(
  db: Sql, calendar: WorkingCalendar, now: Date, principal: Principal, query: InboxQuery,
): Promise<{ items: InboxTask[]; total: number }> {
  const where = [
    `t.status = 'open'`, 't.agency_id = ?', 't.role = any(?::text[])',
    '(t.department_id is null or t.department_id = ?)', '(t.assignee_id is null or t.assignee_id = ?)',
  ];
  const params: unknown[] = [principal.agencyId ?? 0, pgArray(principal.roles), principal.departmentId ?? 0, principal.id];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (query.mine) add('t.assignee_id = ?', principal.id);
  if (query.procedureCode) add('d.procedure_code = ?', query.procedureCode);
  if (query.dueBefore) add('t.due_at <= ?', new Date(query.dueBefore));
  if (query.timeLeft === 'overdue') add('t.due_at < ?', now);
  if (query.timeLeft === 'no_deadline') add('t.due_at is null');
  const rows = await db.all<Row>(
    `select t.id, d.code as dossier_code, t.task_key, t.name, t.role, u.username as assignee, t.due_at, t.created_at,
            d.procedure_code, d.procedure_name, d.status as dossier_status, t.actions, count(*) over () as total
       from task t
       join dossier d on d.id = t.dossier_id
       left join app_user u on u.id = t.assignee_id
      where ${where.join(' and ')}
      order by t.due_at asc nulls last, t.id asc
      limit ? offset ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return {
    total: Number(rows[0]?.total ?? 0),
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

export function timeLeft(calendar: WorkingCalendar, now: Date, dueAt: Date | null): TimeLeft {
  if (!dueAt) return 'no_deadline';
  if (dueAt < now) return 'overdue';
  return calendar.remaining(now, dueAt) <= DUE_SOON_MS ? 'due_soon' : 'on_time';
}
