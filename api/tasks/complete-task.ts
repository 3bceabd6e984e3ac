import { EngineError } from '../../engine';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { pgArray, type Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { Principal } from '../identity/principal';
import type { DefinitionStore } from '../workflow/definitions';
import { persistStep, type DossierChange } from '../workflow/step-writer';
import { SUPPLEMENT_MESSAGE } from '../dossiers/actions/receive-supplement';
import { assignOpenedTasks } from './assignment';
import { editFormAtStep } from './step-form';
import { taskForOfficer } from './task-access';

export interface Completion {
  action: string;
  comment?: string;
  data?: Record<string, unknown>;
  /** The e-form as the officer leaves it at this step; only the step's editable fields may change. */
  formData?: Record<string, unknown>;
  /** Files already uploaded to the dossier that go with this action (a draft result, say); named in the history. */
  attachmentIds?: number[];
  /** Phân công thụ lý (D5): the officer who takes the step this action opens; see GET /api/tasks/{id}/assignees. */
  assignTo?: number;
}

export interface CompletionResult {
  dossierCode: string;
  status: string;
  openTasks: { id: number; taskKey: string; name: string; role: string; dueAt: Date | null }[];
}

/** Statuses a finished process may leave the dossier in; anything else means the result is ready. */
const FINAL_OUTCOMES = new Set(['result_ready', 'not_resolved', 'refused']);

/** Actions that send the dossier back or end it must say why, in writing (D9, ST Điều 15.1a). */
const NEEDS_REASON = new Set(['request_supplement', 'refuse', 'return']);

/**
 * Hoàn thành một bước xử lý: one transaction that runs the engine step and writes the dossier,
 * the tasks, the timers and the history (DESIGN.md decision 1). The caller opens the transaction.
 */
export async function completeTaskCommand(
  db: Sql, definitions: DefinitionStore, em: Parameters<DefinitionStore['get']>[0], calendar: WorkingCalendar,
  principal: Principal, taskId: number, completion: Completion, now: Date,
): Promise<CompletionResult> {
  const task = await taskForOfficer(db, principal, taskId);
  if (!task.actions.includes(completion.action)) {
    throw new AppError('ACTION_NOT_OFFERED', [{ path: '/action', message: `Bước "${task.name}" chỉ cho phép: ${task.actions.join(', ')}.` }]);
  }
  if (NEEDS_REASON.has(completion.action) && !completion.comment?.trim()) {
    throw new AppError('REASON_REQUIRED', [{ path: '/comment', message: 'Cần ghi rõ lý do cho thao tác này.' }]);
  }
  const formData = completion.formData ? await editFormAtStep(em, task, completion.formData) : undefined;
  const attachmentIds = await attachmentsOfDossier(db, task.dossier_id, completion.attachmentIds ?? []);
  const definition = await definitions.get(em, task.process_definition_id);
  let step;
  try {
    step = await definitions.steps.completeTask(definition, task.engine_state as never, {
      taskInstanceId: task.instance_id, action: completion.action, data: completion.data ?? {}, now, hot: definitions.hot(task.dossier_id),
    });
  } catch (error) {
    if (error instanceof EngineError) throw new AppError(error.code === 'ACTION_NOT_OFFERED' ? 'ACTION_NOT_OFFERED' : 'TASK_NOT_OPEN');
    throw error;
  }
  const awaitsSupplement = step.waiting.some((wait) => wait.messageName === SUPPLEMENT_MESSAGE);
  const change = dossierChange(step.completed, step.outcome, awaitsSupplement, task.dossier_status, now);
  const assignment = completion.assignTo === undefined ? undefined : await assignOpenedTasks(db, step, task.dossier_agency_id, completion.assignTo);
  const { openTasks } = await persistStep(
    { db, calendar, now, actor: { id: principal.id, name: principal.fullName, role: task.role }, assignees: assignment?.byTask },
    { id: task.dossier_id, version: task.dossier_version, agencyId: task.dossier_agency_id },
    step,
    { ...change, ...(formData ? { formData } : {}) },
    {
      kind: 'task_completed', taskKey: task.task_key, action: completion.action, comment: completion.comment,
      data: assignment ? { ...completion.data, assignedTo: assignment.officer } : completion.data, attachmentIds,
    },
  );
  return { dossierCode: task.dossier_code, status: change.status!, openTasks };
}

/** The files named by a completion, each of which must be a live file of this dossier. */
async function attachmentsOfDossier(db: Sql, dossierId: number, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const found = await db.all<{ id: string }>(
    'select id from attachment where dossier_id = ? and id = any(?::bigint[]) and removed_at is null', [dossierId, pgArray(unique.map(String))],
  );
  const known = new Set(found.map((row) => Number(row.id)));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) {
    throw new AppError('ATTACHMENT_NOT_FOUND', missing.map((id) => ({ path: '/attachmentIds', message: `Tệp số ${id} không thuộc hồ sơ này.` })));
  }
  return unique;
}

/**
 * What a completed step means for the dossier: a finished process resolves it with the end
 * event's outcome; a process now waiting for the applicant's papers stops the clock until they
 * arrive (E2). The diagram decides who may confirm such a request (the department head, say).
 */
function dossierChange(completed: boolean, outcome: string | undefined, awaitsSupplement: boolean, status: string, now: Date): DossierChange {
  if (completed) return { status: outcome && FINAL_OUTCOMES.has(outcome) ? outcome : 'result_ready', resolvedAt: now };
  if (awaitsSupplement && status !== 'supplement_requested') return { status: 'supplement_requested', clockStoppedAt: now };
  return { status };
}
