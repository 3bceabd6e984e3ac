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
            t.form_view, d.code as dossier_code, d.version as dossier_version, d.status as dossier_status, d.process_definition_id,
            d.procedure_version_id, d.form_data, d.engine_state
       from task t join dossier d on d.id = t.dossier_id where t.id = ?`,
    [taskId],
  );
  const visible = task
    && task.agency_id === principal.agencyId
    && principal.roles.includes(task.role as never)
    && (task.department_id === null || task.department_id === principal.departmentId);
  if (!task || !visible) throw new AppError('TASK_NOT_FOUND');
  if (task.status !== 'open') throw new AppError('TASK_NOT_OPEN');
  if (task.assignee_id !== null && task.assignee_id !== principal.id) throw new AppError('TASK_CLAIMED');
  return task;
}

/** Nhận xử lý: the first officer to claim a task holds it; claiming one's own task again is harmless. */
export async function claimTask(db: Sql, principal: Principal, taskId: number, now: Date): Promise<void> {
  await taskForOfficer(db, principal, taskId);
  const claimed = await db.run(
    `update task set assignee_id = ?, claimed_at = coalesce(claimed_at, ?) where id = ? and status = 'open' and (assignee_id is null or assignee_id = ?)`,
    [principal.id, now, taskId, principal.id],
  );
  if (claimed !== 1) throw new AppError('TASK_CLAIMED');
}
