import type { StepResult } from '../../engine';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { pgArray, type Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { appendHistory, type HistoryActor, type HistoryEvent } from './history';

/** Who did it and when: every write of a step records both (D12). */
export interface StepContext {
  db: Sql;
  calendar: WorkingCalendar;
  now: Date;
  actor: HistoryActor;
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

/**
 * Writes everything one dossier action produced, inside the caller's transaction (DESIGN.md
 * decision 1): the dossier row first, guarded by its version so a concurrent second attempt
 * fails with 409 before it writes anything; then the task read model, the timers and the
 * history. Returns the dossier's new version.
 */
export async function persistStep(
  ctx: StepContext, dossier: DossierRef, step: StepResult | null, change: DossierChange, history: HistoryEntry,
): Promise<number> {
  const { db, now } = ctx;
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
  const updated = await db.run(`update dossier set ${sets.join(', ')} where id = ? and version = ?`, [...params, dossier.id, dossier.version]);
  if (updated !== 1) throw new AppError('CONFLICT');

  if (step) await writeTasksAndTimers(ctx, dossier, step);
  await appendHistory(db, { ...history, dossierId: dossier.id, at: now, actor: ctx.actor });
  return dossier.version + 1;
}

async function writeTasksAndTimers(ctx: StepContext, dossier: DossierRef, step: StepResult): Promise<void> {
  const { db, now, calendar } = ctx;
  for (const closed of step.closedTasks) {
    await db.run(
      `update task set status = ?, completed_at = ?, completed_by = ?, action = ?
        where dossier_id = ? and instance_id = ? and status = 'open'`,
      [closed.cancelled ? 'cancelled' : 'completed', now, closed.cancelled ? null : ctx.actor.id, closed.action ?? null, dossier.id, closed.instanceId],
    );
  }
  for (const task of step.openedTasks) {
    const dueAt = task.budget ? calendar.addWorkingTime(now, task.budget) : null;
    const agencyId = task.agency ? await agencyIdOf(db, task.agency) : dossier.agencyId;
    await db.run(
      `insert into task (dossier_id, instance_id, task_key, name, role, agency_id, department_id, actions, form_view, budget, created_at, due_at)
       values (?, ?, ?, ?, ?, ?, (select id from department where agency_id = ? and code = ?), ?::text[], ?, ?, ?, ?)`,
      [dossier.id, task.instanceId, task.elementId, task.name ?? task.elementId, task.role, agencyId, agencyId, task.department ?? null,
        pgArray(task.actions), task.formView ?? null, task.budget ? JSON.stringify(task.budget) : null, now, dueAt],
    );
  }
  for (const timer of step.armedTimers) {
    await db.run(
      `insert into timer_job (dossier_id, timer_id, element_id, due_at) values (?, ?, ?, ?) on conflict (dossier_id, timer_id) do nothing`,
      [dossier.id, timer.timerId, timer.elementId, new Date(timer.dueAt)],
    );
  }
  for (const timerId of step.cancelledTimers) {
    await db.run('update timer_job set cancelled_at = ? where dossier_id = ? and timer_id = ? and fired_at is null', [now, dossier.id, timerId]);
  }
}

/** Bước liên thông (D8): the step belongs to another agency on the platform, named by its code. */
async function agencyIdOf(db: Sql, code: string): Promise<number> {
  const row = await db.one<{ id: number }>('select id from agency where code = ?', [code]);
  if (!row) throw new AppError('UNKNOWN_AGENCY', [], `Quy trình giao một bước cho cơ quan mã "${code}" nhưng cơ quan này không tồn tại.`);
  return row.id;
}
