import { pgArray, type Sql } from '../db/sql';

/** Who acted: an officer (with the role they acted in, when one step's role says it) or the applicant. */
export interface HistoryActor {
  id: number | null;
  name: string;
  /** `citizen` for the applicant; a task's role; left out for an officer acting outside a step. */
  role?: string | null;
}

/** One entry of a dossier's history (nhật ký xử lý, D12); append-only. */
export interface HistoryEvent {
  dossierId: number | string;
  at: Date;
  actor: HistoryActor;
  kind: string;
  taskKey?: string | null;
  action?: string | null;
  comment?: string | null;
  data?: Record<string, unknown> | null;
  /** Files that came with the action: a draft result, the scans of a supplement. */
  attachmentIds?: number[];
}

/**
 * The statement that appends a history event, for a caller that folds it into a larger one. An
 * officer acting outside a step is recorded with the roles they held at that moment, so the
 * entry stays true after their roles change.
 */
export function historyInsert(event: HistoryEvent): { sql: string; params: unknown[] } {
  const { actor } = event;
  return {
    sql: `insert into dossier_event (dossier_id, at, actor_id, actor_name, actor_role, kind, task_key, action, comment, data, attachment_ids)
          values (?, ?, ?, ?, coalesce(?, (select string_agg(role, ',' order by role) from user_role where user_id = ?)), ?, ?, ?, ?, ?, ?::bigint[])
          returning id`,
    params: [event.dossierId, event.at, actor.id, actor.name, actor.role ?? null, actor.id, event.kind, event.taskKey ?? null, event.action ?? null,
      event.comment ?? null, event.data ? JSON.stringify(event.data) : null, pgArray((event.attachmentIds ?? []).map(String))],
  };
}

/** Appends a history event on its own. */
export async function appendHistory(db: Sql, event: HistoryEvent): Promise<void> {
  const { sql, params } = historyInsert(event);
  await db.run(sql, params);
}
