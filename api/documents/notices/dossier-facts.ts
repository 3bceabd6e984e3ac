import type { Sql } from '../../db/sql';
import type { DossierRecord } from '../dossier-access';
import { asDate, asInstant } from '../sql-dates';
import type { AppliesWhen } from './template-store';

/** One entry of the dossier's history (dossier_event), as notices read it. */
export interface DossierEvent {
  id: number;
  at: Date;
  actorName: string | null;
  kind: string;
  taskKey: string | null;
  action: string | null;
  comment: string | null;
  data: Record<string, unknown> | null;
}

/** One step of the internal process (the task read model), with who did it. */
export interface DossierStep {
  taskKey: string;
  name: string;
  role: string;
  department: string | null;
  officer: string | null;
  createdAt: Date;
  dueAt: Date | null;
  completedAt: Date | null;
  status: string;
  action: string | null;
}

/** What the catalogue says of the procedure version the dossier was filed under, when the catalogue is there. */
export interface ProcedureFacts {
  components: { code: string; name: string; required?: boolean }[];
  processingTime: { value: number; unit: string } | null;
  legalBasis: string | null;
  immediateResult: boolean;
}

export async function loadEvents(db: Sql, dossierId: number): Promise<DossierEvent[]> {
  const rows = await db.all<{ id: string; at: Date; actor_name: string | null; kind: string; task_key: string | null; action: string | null; comment: string | null; data: Record<string, unknown> | null }>(
    'select id, at, actor_name, kind, task_key, action, comment, data from dossier_event where dossier_id = ? order by id', [dossierId],
  );
  return rows.map((r) => ({ id: Number(r.id), at: asInstant(r.at), actorName: r.actor_name, kind: r.kind, taskKey: r.task_key, action: r.action, comment: r.comment, data: r.data }));
}

export async function loadSteps(db: Sql, dossierId: number): Promise<DossierStep[]> {
  const rows = await db.all<{ task_key: string; name: string; role: string; department: string | null; officer: string | null; created_at: Date; due_at: Date | null; completed_at: Date | null; status: string; action: string | null }>(
    `select t.task_key, t.name, t.role, dep.name as department, coalesce(done.full_name, holder.full_name) as officer,
            t.created_at, t.due_at, t.completed_at, t.status, t.action
       from task t
       left join department dep on dep.id = t.department_id
       left join app_user holder on holder.id = t.assignee_id
       left join app_user done on done.id = t.completed_by
      where t.dossier_id = ? order by t.created_at, t.id`,
    [dossierId],
  );
  return rows.map((r) => ({
    taskKey: r.task_key, name: r.name, role: r.role, department: r.department, officer: r.officer, createdAt: asInstant(r.created_at), dueAt: asDate(r.due_at),
    completedAt: asDate(r.completed_at), status: r.status, action: r.action,
  }));
}

/**
 * The procedure version's components, processing time and legal basis. The catalogue is another
 * feature's tables; a platform without them still prints notices, with those lines left short.
 */
export async function loadProcedureFacts(db: Sql, procedureVersionId: number): Promise<ProcedureFacts | null> {
  const catalogue = await db.one<{ present: boolean }>("select to_regclass('procedure_version') is not null as present");
  if (!catalogue?.present) return null;
  const row = await db.one<{ components: ProcedureFacts['components'] | null; processing_time_value: string | null; processing_time_unit: string | null; legal_basis: string | null; immediate_result: boolean }>(
    'select components, processing_time_value, processing_time_unit, legal_basis, immediate_result from procedure_version where id = ?',
    [procedureVersionId],
  );
  if (!row) return null;
  return {
    components: Array.isArray(row.components) ? row.components : [],
    processingTime: row.processing_time_value !== null ? { value: Number(row.processing_time_value), unit: row.processing_time_unit ?? 'working_days' } : null,
    legalBasis: row.legal_basis?.trim() || null,
    immediateResult: row.immediate_result,
  };
}

/** The component attachments of a dossier, grouped by component code in upload order. */
export async function loadComponentFiles(db: Sql, dossierId: number): Promise<Map<string, string[]>> {
  const rows = await db.all<{ component_code: string | null; original_name: string }>(
    `select component_code, original_name from attachment where dossier_id = ? and purpose = 'component' and removed_at is null order by id`,
    [dossierId],
  );
  const byComponent = new Map<string, string[]>();
  for (const row of rows) {
    const code = row.component_code ?? '';
    byComponent.set(code, [...(byComponent.get(code) ?? []), row.original_name]);
  }
  return byComponent;
}

/** Agencies consulted on the dossier (cơ quan phối hợp), for the control sheet. */
export async function loadCoordinatingAgencies(db: Sql, dossierId: number): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    `select distinct a.name from consultation c join consultation_agency ca on ca.consultation_id = c.id join agency a on a.id = ca.agency_id
      where c.dossier_id = ? order by a.name`,
    [dossierId],
  );
  return rows.map((r) => r.name);
}

function eventMatches(event: DossierEvent, pattern: string): boolean {
  const [kind, action] = pattern.split(':');
  return event.kind === kind && (action === undefined || event.action === action);
}

export type Applicability = { applies: true; event: DossierEvent | null } | { applies: false };

/** Does a notice kind apply to this dossier now, and which event does it answer? */
export function applicability(when: AppliesWhen, dossier: DossierRecord, events: DossierEvent[]): Applicability {
  if (when.received && !dossier.receivedAt) return { applies: false };
  if (when.hasDueDate && !dossier.dueAt) return { applies: false };
  if (when.statuses?.length && !when.statuses.includes(dossier.status)) return { applies: false };
  if (!when.events?.length) return { applies: true, event: null };
  const event = [...events].reverse().find((e) => when.events!.some((pattern) => eventMatches(e, pattern)));
  return event ? { applies: true, event } : { applies: false };
}
