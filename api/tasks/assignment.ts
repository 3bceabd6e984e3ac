import { completeTask, EngineError, type ProcessDefinition, type StepResult } from '../../engine';
import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { TaskRow } from './task-access';

/**
 * Phân công thụ lý (REQUIREMENTS D5): when a department head completes a step, they may name the
 * officer who takes the next one: someone with that step's role, in the agency and department the
 * step belongs to.
 */

/** An officer who could take a step the action opens, with how much they already hold. */
export interface Assignee {
  id: number;
  username: string;
  fullName: string;
  departmentCode: string | null;
  /** The opened steps this officer could hold, by name. */
  steps: string[];
  /** Open tasks already assigned to them: the head spreads the work. */
  openTasks: number;
}

interface EligibleRow { instance_id: string; step_name: string; id: number; username: string; full_name: string; department_code: string | null; open_tasks: number }

/** Each opened task with each officer who could hold it (or only `officerId`), fewest open tasks first. */
function eligibleOfficers(db: Sql, step: StepResult, dossierAgencyId: number, officerId: number | null): Promise<EligibleRow[]> {
  const seats = step.openedTasks.map((task) => ({
    instance_id: task.instanceId, name: task.name ?? task.elementId, role: task.role, agency: task.agency ?? null, department: task.department ?? null,
  }));
  return db.all<EligibleRow>(
    `select s.instance_id, s.name as step_name, u.id, u.username, u.full_name, dp.code as department_code,
            (select count(*) from task o where o.assignee_id = u.id and o.status = 'open')::int as open_tasks
       from jsonb_to_recordset(?::jsonb) as s(instance_id text, name text, role text, agency text, department text)
       join agency a on (s.agency is null and a.id = ?) or a.code = s.agency
       join app_user u on u.agency_id = a.id and u.revoked_at is null and (?::int is null or u.id = ?::int)
       join user_role r on r.user_id = u.id and r.role = s.role
       left join department dp on dp.id = u.department_id
      where s.department is null or dp.code = s.department
      order by open_tasks, u.full_name, s.name`,
    [JSON.stringify(seats), dossierAgencyId, officerId, officerId],
  );
}

/**
 * Officers who could take a step that `action` would open on `task`. The engine runs the step as
 * a dry run (a step is a pure function of the saved state), so the list follows the diagram's own
 * gateways: at the head's step, "assign" offers the specialists and "submit" the leader.
 */
export async function assigneesFor(db: Sql, definition: ProcessDefinition, task: TaskRow, action: string, now: Date): Promise<Assignee[]> {
  if (!task.actions.includes(action)) {
    throw new AppError('ACTION_NOT_OFFERED', [{ path: '/action', message: `Bước "${task.name}" chỉ cho phép: ${task.actions.join(', ')}.` }]);
  }
  let dryRun: StepResult;
  try {
    dryRun = await completeTask(definition, task.engine_state, { taskInstanceId: task.instance_id, action, now });
  } catch (error) {
    if (error instanceof EngineError) throw new AppError('TASK_NOT_OPEN');
    throw error;
  }
  const byOfficer = new Map<number, Assignee>();
  for (const row of await eligibleOfficers(db, dryRun, task.dossier_agency_id, null)) {
    const officer = byOfficer.get(row.id) ?? { id: row.id, username: row.username, fullName: row.full_name, departmentCode: row.department_code, steps: [], openTasks: row.open_tasks };
    officer.steps.push(row.step_name);
    byOfficer.set(row.id, officer);
  }
  return [...byOfficer.values()];
}

/**
 * The steps just opened that the named officer takes: those they are eligible for. Naming an
 * officer who can take none of them is refused, so the head learns it at once rather than the
 * dossier waiting unseen.
 */
export async function assignOpenedTasks(
  db: Sql, step: StepResult, dossierAgencyId: number, officerId: number,
): Promise<{ byTask: Map<string, number>; officer: { id: number; name: string } }> {
  const eligible = await eligibleOfficers(db, step, dossierAgencyId, officerId);
  if (!eligible.length) {
    throw new AppError('ASSIGNEE_NOT_ELIGIBLE', [{ path: '/assignTo', message: 'Cán bộ được chọn không xử lý được bước tiếp theo của hồ sơ này.' }]);
  }
  return { byTask: new Map(eligible.map((row) => [row.instance_id, officerId])), officer: { id: officerId, name: eligible[0].full_name } };
}
