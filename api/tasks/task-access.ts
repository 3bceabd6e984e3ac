import { DateTime } from 'luxon';
import { VIETNAM_TIME_ZONE } from '../calendar/local-time';
import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { Principal } from '../identity/principal';

/** A task row with the dossier fields a command needs. */
export interface TaskRow {
  id: number;
  dossier_id: number;
  instance_id: string;
  task_key: string;
  name: string;
  role: string;
  agency_id: number;
  department_id: number | null;
  assignee_id: number | null;
  actions: string[];
  status: string;
  dossier_code: string;
  dossier_version: number;
  dossier_status: string;
  /** The agency that received the dossier; an inter-agency step's own agency is `agency_id`. */
  dossier_agency_id: number;
  process_definition_id: number;
  procedure_version_id: number;
  form_view: string | null;
  form_data: Record<string, unknown>;
  engine_state: unknown;
}

/**
 * Finds a task the officer may work. A task outside their agency, role or department is
 * reported as not found, so its existence is not disclosed (API.md: 404 "not visible").
 */
export async function taskForOfficer(db: Sql, principal: Principal, taskId: number): Promise<TaskRow> {
  const task = await db.one<TaskRow>(
    `select t.id, t.dossier_id, t.instance_id, t.task_key, t.name, t.role, t.agency_id, t.department_id, t.assignee_id, t.actions, t.status,
            t.form_view, d.code as dossier_code, d.version as dossier_version, d.status as dossier_status, d.agency_id as dossier_agency_id,
            d.process_definition_id,
            d.procedure_version_id, d.form_data, d.engine_state
       from task t join dossier d on d.id = t.dossier_id where t.id = ?`,
    [taskId],
  );
  const visible = task
    && task.agency_id === principal.agencyId
    && principal.roles.includes(task.role as never)
    && (task.department_id === null || task.department_id === principal.departmentId);
  if (!task || !visible) throw new AppError('TASK_NOT_FOUND');
  if (task.status !== 'open' || (task.assignee_id !== null && task.assignee_id !== principal.id)) throw await heldElsewhere(db, taskId);
  return task;
}

/** "09:30 05/03/2026", Vietnam time. */
const vietnamTime = (at: Date) => DateTime.fromJSDate(at, { zone: VIETNAM_TIME_ZONE }).toFormat('HH:mm dd/MM/yyyy');

/**
 * The 409 for a task someone else has settled or holds, naming who and when, so that a second
 * officer on the same dossier knows whom to ask rather than seeing a bare "conflict".
 */
async function heldElsewhere(db: Sql, taskId: number): Promise<AppError> {
  const row = await db.one<{ name: string; status: string; completed_at: Date | null; done_by: string | null; held_by: string | null }>(
    `select t.name, t.status, t.completed_at, done.full_name as done_by, held.full_name as held_by
       from task t left join app_user done on done.id = t.completed_by left join app_user held on held.id = t.assignee_id
      where t.id = ?`,
    [taskId],
  );
  if (row?.status === 'completed') {
    const who = row.done_by ?? 'cán bộ khác';
    const when = row.completed_at ? ` lúc ${vietnamTime(row.completed_at)}` : '';
    return new AppError('TASK_NOT_OPEN', [{ path: '/task', message: who, code: 'COMPLETED_BY' }], `Hồ sơ đã được ${who} xử lý ở bước “${row.name}”${when}.`);
  }
  if (row?.status === 'open' && row.held_by) {
    return new AppError('TASK_CLAIMED', [{ path: '/task', message: row.held_by, code: 'CLAIMED_BY' }], `Hồ sơ đã được ${row.held_by} nhận xử lý ở bước “${row.name}”.`);
  }
  return new AppError('TASK_NOT_OPEN');
}

/** Nhận xử lý: the first officer to claim a task holds it; claiming one's own task again is harmless. */
export async function claimTask(db: Sql, principal: Principal, taskId: number, now: Date): Promise<void> {
  await taskForOfficer(db, principal, taskId);
  const claimed = await db.run(
    `update task set assignee_id = ?, claimed_at = coalesce(claimed_at, ?) where id = ? and status = 'open' and (assignee_id is null or assignee_id = ?)`,
    [principal.id, now, taskId, principal.id],
  );
  // Two officers claiming at once: the one whose update found the task free holds it.
  if (claimed !== 1) throw await heldElsewhere(db, taskId);
}
