import { applyView, type FormDefinition } from '../../forms';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { toIsoLocal } from '../calendar/local-time';
import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { coversAgencyPath, type Principal } from '../identity/principal';
import { maskName } from './applicant';
import { NATIONAL_STATUS } from './national-status';
import { STATUS_LABELS, timelinessOf } from './status';

interface ViewRow {
  id: string; code: string; status: string; channel: string; applicant: Record<string, string>; applicant_subject: string | null;
  form_data: Record<string, unknown>; result_delivery: string; procedure_code: string; procedure_name: string; agency_code: string;
  agency_name: string; agency_path: string; sector_name: string | null; submitted_at: Date | null; received_at: Date | null;
  due_at: Date | null; resolved_at: Date | null; completed_at: Date | null; clock_stopped_at: Date | null; version: number;
  procedure_version: number | null; procedure_version_id: number | null;
}

const iso = (d: Date | null) => (d ? toIsoLocal(d) : null);

async function loadView(db: Sql, code: string): Promise<ViewRow | undefined> {
  return db.one<ViewRow>(
    `select d.id, d.code, d.status, d.channel, d.applicant, d.applicant_subject, d.form_data, d.result_delivery, d.procedure_code,
            d.procedure_name, a.code as agency_code, a.name as agency_name, a.path as agency_path,
            d.sector_name,
            d.submitted_at, d.received_at, d.due_at, d.resolved_at, d.completed_at, d.clock_stopped_at, d.version,
            pv.version as procedure_version, d.procedure_version_id
       from dossier d join agency a on a.id = d.agency_id left join procedure_version pv on pv.id = d.procedure_version_id
      where d.code = ?`,
    [code],
  );
}

/** Who may read a dossier in full (I3): officers of its agency subtree, and its own applicant. */
export type Reader = { kind: 'officer'; principal: Principal } | { kind: 'citizen'; subject: string };

/**
 * Who may read a dossier (I3), and how much: the applicant and officers whose agency subtree holds
 * it read it all; an officer of an agency that has a step of it (an inter-agency step, D8) reads
 * its form only through the view of that agency's latest step (B3), so the police looking up a
 * criminal record see whom to look up, not what the certificate is for.
 */
async function accessOf(db: Sql, reader: Reader, row: ViewRow): Promise<{ stepView?: string | null } | null> {
  if (reader.kind === 'citizen') return row.applicant_subject === reader.subject ? {} : null;
  if (coversAgencyPath(reader.principal, row.agency_path)) return {};
  const step = await db.one<{ form_view: string | null }>(
    'select form_view from task where dossier_id = ? and agency_id = ? order by id desc limit 1', [row.id, reader.principal.agencyId ?? 0],
  );
  return step ? { stepView: step.form_view } : null;
}

/** The dossier `code` if the reader may see it, with its form as they may see it; otherwise DOSSIER_NOT_FOUND, so its existence is not disclosed. */
export async function readableDossier(db: Sql, reader: Reader, code: string): Promise<ViewRow> {
  const row = await loadView(db, code);
  const access = row && (await accessOf(db, reader, row));
  if (!row || !access) throw new AppError('DOSSIER_NOT_FOUND');
  if (access.stepView === undefined) return row;
  const form = await db.one<{ form: FormDefinition | null }>('select form from procedure_version where id = ?', [row.procedure_version_id]);
  return { ...row, form_data: form?.form ? applyView(form.form, access.stepView ?? undefined, row.form_data) : {} };
}

interface OpenTaskRow {
  id: string; task_key: string; name: string; role: string; due_at: Date | null; username: string | null; assignee_name: string | null;
  assignee_id: number | null; agency_id: number; department_id: number | null; actions: string[]; form_view: string | null;
}

/** Whether the officer may work the task now, by the same rule as the inbox (DESIGN.md decision 7). */
function workable(reader: Reader, task: OpenTaskRow): boolean {
  if (reader.kind !== 'officer') return false;
  const { principal } = reader;
  return task.agency_id === principal.agencyId && principal.roles.includes(task.role as never)
    && (task.department_id === null || task.department_id === principal.departmentId)
    && (task.assignee_id === null || task.assignee_id === principal.id);
}

export async function dossierDetail(db: Sql, calendar: WorkingCalendar, now: Date, reader: Reader, code: string) {
  const row = await readableDossier(db, reader, code);
  const tasks = await db.all<OpenTaskRow>(
    `select t.id, t.task_key, t.name, t.role, t.due_at, u.username, u.full_name as assignee_name, t.assignee_id, t.agency_id, t.department_id,
            t.actions, t.form_view
       from task t left join app_user u on u.id = t.assignee_id
      where t.dossier_id = ? and t.status = 'open' order by t.id`, [row.id],
  );
  return {
    code: row.code,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status] ?? row.status,
    nationalStatus: NATIONAL_STATUS[row.status]?.code ?? null,
    channel: row.channel,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    procedureVersion: row.procedure_version,
    sectorName: row.sector_name,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    applicant: row.applicant,
    formData: row.form_data,
    resultDelivery: row.result_delivery,
    submittedAt: iso(row.submitted_at),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    resolvedAt: iso(row.resolved_at),
    completedAt: iso(row.completed_at),
    clockStopped: row.clock_stopped_at !== null,
    timeliness: timelinessOf(calendar, now, row),
    version: row.version,
    // What each open step offers and which form view it opens, so a workspace can show the step as the officer will work it.
    openTasks: tasks.map((t) => ({
      id: Number(t.id), taskKey: t.task_key, name: t.name, role: t.role, dueAt: iso(t.due_at), assignee: t.username, assigneeName: t.assignee_name,
      actions: t.actions, formView: t.form_view, workable: workable(reader, t),
    })),
  };
}

/** Nhật ký xử lý (D12): every step with actor, time, action and comment, oldest first. */
export async function dossierHistory(db: Sql, reader: Reader, code: string) {
  const row = await readableDossier(db, reader, code);
  const events = await db.all<{
    at: Date; actor_name: string | null; actor_role: string | null; kind: string; task_key: string | null; action: string | null;
    comment: string | null; data: unknown; attachments: { id: number; name: string; componentCode: string | null; purpose: string }[];
  }>(
    `select e.at, e.actor_name, e.actor_role, e.kind, e.task_key, e.action, e.comment, e.data,
            coalesce((select json_agg(json_build_object('id', a.id, 'name', a.original_name, 'componentCode', a.component_code, 'purpose', a.purpose)
                                      order by a.id)
                        from attachment a where a.id = any(e.attachment_ids) and a.dossier_id = e.dossier_id), '[]') as attachments
       from dossier_event e where e.dossier_id = ? order by e.id`, [row.id],
  );
  return events.map((e) => ({
    at: toIsoLocal(e.at), actor: e.actor_name, actorRole: e.actor_role, kind: e.kind, taskKey: e.task_key, action: e.action, comment: e.comment,
    data: e.data ?? null, attachments: e.attachments,
  }));
}

/** Tra cứu hồ sơ (C3): public, by code, with no personal data beyond a masked name. */
export async function trackDossier(db: Sql, code: string) {
  const row = await loadView(db, code);
  if (!row) throw new AppError('DOSSIER_NOT_FOUND');
  return {
    code: row.code,
    procedureName: row.procedure_name,
    sectorName: row.sector_name,
    agencyName: row.agency_name,
    applicantName: maskName(row.applicant.fullName ?? ''),
    submittedAt: iso(row.submitted_at),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status] ?? row.status,
  };
}
