import type { StepResult } from '../../engine';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { pgArray, type Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { notificationFor } from '../notifications/moments';
import { noticeOfStep } from '../notifications/notify-job';
import { historyInsert, type HistoryActor, type HistoryEvent } from './history';

/** Who did it and when: every write of a step records both (D12). */
export interface StepContext {
  db: Sql;
  calendar: WorkingCalendar;
  now: Date;
  actor: HistoryActor;
  /** Phân công: the officer named for each opened task (by instance id), when the step names one. */
  assignees?: Map<string, number>;
}

/** The dossier as the step found it; `version` is the optimistic lock. */
export interface DossierRef {
  id: number;
  version: number;
  agencyId: number;
}

/** The step's entry in the dossier's history (nhật ký xử lý hồ sơ); the dossier, time and actor come from the context. */
export type HistoryEntry = Omit<HistoryEvent, 'dossierId' | 'at' | 'actor'>;

/** Changes to the dossier row that the command makes beside the engine state. */
export interface DossierChange {
  status?: string;
  dueAt?: Date | null;
  /** Ngày có kết quả: when the result (or the notice standing for it) is ready; timeliness is judged by it. */
  resolvedAt?: Date | null;
  /** Ngày kết thúc: when the dossier closes (returned, refused, withdrawn, stopped). */
  completedAt?: Date | null;
  receivedAt?: Date | null;
  receivedBy?: number | null;
  clockStoppedAt?: Date | null;
  /** The e-form as edited at a step, already checked against that step's view. */
  formData?: Record<string, unknown>;
}

const COLUMNS: Record<keyof DossierChange, string> = {
  status: 'status', dueAt: 'due_at', resolvedAt: 'resolved_at', completedAt: 'completed_at', receivedAt: 'received_at', receivedBy: 'received_by',
  clockStoppedAt: 'clock_stopped_at', formData: 'form_data',
};

/** The dossier after a step: its new version and the tasks open on it. */
export interface PersistedStep {
  version: number;
  openTasks: { id: number; taskKey: string; name: string; role: string; dueAt: Date | null }[];
}

/**
 * Writes everything one dossier action produced, inside the caller's transaction (DESIGN.md
 * decision 1), as one statement, so that a transition costs one round trip to the database: the
 * dossier row guarded by its version, the task read model, the timers and the history. A stale
 * version updates no dossier row and raises 409, and the caller's transaction rolls back the
 * rest. A step the applicant must hear about (G1) also queues its notice here. Returns the
 * dossier's new version and the tasks open on it after the step.
 */
export async function persistStep(
  ctx: StepContext, dossier: DossierRef, step: StepResult | null, change: DossierChange, history: HistoryEntry,
): Promise<PersistedStep> {
  const statement = new WriteStatement();
  const [sets, setParams] = dossierSets(step, change, ctx.now);
  statement.add('d', `update dossier set ${sets} where id = ? and version = ? returning id`, [...setParams, dossier.id, dossier.version]);
  if (step) addStepWrites(ctx, dossier, step, statement);
  const event = historyInsert({ ...history, dossierId: dossier.id, at: ctx.now, actor: ctx.actor });
  statement.add('ev', event.sql, event.params);
  const notice = notificationFor(history.kind, change.status);
  if (notice) {
    const job = noticeOfStep(dossier.id, ctx.now, notice);
    statement.add('notice', job.sql, job.params);
  }

  const opened = statement.has('opened');
  const stillOpen = `select id, task_key, name, role, due_at from task where dossier_id = ? and status = 'open'
                       ${statement.has('closed') ? 'and id not in (select id from closed)' : ''}
                     ${opened ? 'union all select id, task_key, name, role, due_at from opened' : ''}`;
  const row = await ctx.db.one<{ updated: number; opened: number; open_tasks: { id: number; taskKey: string; name: string; role: string; dueAt: string | null }[] }>(
    statement.sql(`select (select count(*) from d)::int as updated, ${opened ? '(select count(*) from opened)::int' : '0'} as opened,
       coalesce((select json_agg(json_build_object('id', x.id, 'taskKey', x.task_key, 'name', x.name, 'role', x.role, 'dueAt', x.due_at) order by x.id)
                   from (${stillOpen}) x), '[]') as open_tasks`),
    [...statement.params, dossier.id],
  );
  if (row?.updated !== 1) throw new AppError('CONFLICT');
  if (step && row.opened !== step.openedTasks.length) await refuseUnknownAgency(ctx.db, step);
  return {
    version: dossier.version + 1,
    openTasks: row.open_tasks.map((t) => ({ ...t, id: Number(t.id), dueAt: t.dueAt ? new Date(t.dueAt) : null })),
  };
}

/** Data-modifying statements joined as CTEs of one statement, with their parameters in order. */
class WriteStatement {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(name: string, sql: string, params: unknown[]): void {
    this.parts.push(`${name} as (${sql})`);
    this.params.push(...params);
  }

  has(name: string): boolean {
    return this.parts.some((part) => part.startsWith(`${name} as (`));
  }

  sql(select: string): string {
    return `with ${this.parts.join(',\n')}\n${select}`;
  }
}

function dossierSets(step: StepResult | null, change: DossierChange, now: Date): [string, unknown[]] {
  const sets = ['version = version + 1', 'updated_at = ?'];
  const params: unknown[] = [now];
  if (step) {
    sets.push('engine_state = ?');
    params.push(JSON.stringify(step.state));
  }
  for (const [key, column] of Object.entries(COLUMNS) as [keyof DossierChange, string][]) {
    if (change[key] !== undefined) {
      sets.push(`${column} = ?`);
      params.push(key === 'formData' ? JSON.stringify(change[key]) : change[key]);
    }
  }
  return [sets.join(', '), params];
}

/** The task read model and the timer jobs the engine step asks for. */
function addStepWrites(ctx: StepContext, dossier: DossierRef, step: StepResult, statement: WriteStatement): void {
  const { now, calendar } = ctx;
  if (step.closedTasks.length) {
    const closed = step.closedTasks.map((task) => ({
      instance_id: task.instanceId, status: task.cancelled ? 'cancelled' : 'completed', completed_by: task.cancelled ? null : ctx.actor.id, action: task.action ?? null,
    }));
    statement.add('closed', `update task t set status = c.status, completed_at = ?, completed_by = c.completed_by, action = c.action
        from jsonb_to_recordset(?::jsonb) as c(instance_id text, status text, completed_by int, action text)
       where t.dossier_id = ? and t.instance_id = c.instance_id and t.status = 'open' returning t.id`, [now, JSON.stringify(closed), dossier.id]);
  }
  if (step.openedTasks.length) {
    const opened = step.openedTasks.map((task, ord) => ({
      ord, instance_id: task.instanceId, task_key: task.elementId, name: task.name ?? task.elementId, role: task.role, agency: task.agency ?? null,
      department: task.department ?? null, actions: task.actions, form_view: task.formView ?? null, budget: task.budget ?? null,
      due_at: task.budget ? calendar.addWorkingTime(now, task.budget).toISOString() : null,
      assignee: ctx.assignees?.get(task.instanceId) ?? null,
    }));
    // Bước liên thông (D8): a step naming another agency goes to that agency; the others stay with the dossier's.
    statement.add('opened', `insert into task (dossier_id, instance_id, task_key, name, role, agency_id, department_id, actions, form_view, budget, created_at, due_at, assignee_id)
        select ?, o.instance_id, o.task_key, o.name, o.role, a.id, (select dp.id from department dp where dp.agency_id = a.id and dp.code = o.department),
               array(select jsonb_array_elements_text(o.actions)), o.form_view, o.budget, ?, o.due_at, o.assignee
          from jsonb_to_recordset(?::jsonb) as o(ord int, instance_id text, task_key text, name text, role text, agency text, department text,
                                                  actions jsonb, form_view text, budget jsonb, due_at timestamptz, assignee int)
          join agency a on (o.agency is null and a.id = ?) or a.code = o.agency
         order by o.ord
        returning id, task_key, name, role, due_at`, [dossier.id, now, JSON.stringify(opened), dossier.agencyId]);
  }
  if (step.armedTimers.length) {
    const armed = step.armedTimers.map((timer) => ({ timer_id: timer.timerId, element_id: timer.elementId, due_at: timer.dueAt }));
    statement.add('armed', `insert into timer_job (dossier_id, timer_id, element_id, due_at)
        select ?, x.timer_id, x.element_id, x.due_at from jsonb_to_recordset(?::jsonb) as x(timer_id text, element_id text, due_at timestamptz)
        on conflict (dossier_id, timer_id) do nothing returning id`, [dossier.id, JSON.stringify(armed)]);
  }
  if (step.cancelledTimers.length) {
    statement.add('cancelled_timers', `update timer_job set cancelled_at = ?
        where dossier_id = ? and timer_id = any(?::text[]) and fired_at is null returning id`, [now, dossier.id, pgArray(step.cancelledTimers)]);
  }
}

/** A step handed to an agency code that names no agency opened no task: say which, and let the transaction roll back. */
async function refuseUnknownAgency(db: Sql, step: StepResult): Promise<never> {
  const codes = [...new Set(step.openedTasks.flatMap((task) => (task.agency ? [task.agency] : [])))];
  const known = new Set((await db.all<{ code: string }>('select code from agency where code = any(?::text[])', [pgArray(codes)])).map((row) => row.code));
  const code = codes.find((candidate) => !known.has(candidate)) ?? codes[0];
  throw new AppError('UNKNOWN_AGENCY', [], `Quy trình giao một bước cho cơ quan mã "${code}" nhưng cơ quan này không tồn tại.`);
}
