import type { WorkingCalendar } from '../calendar/working-calendar';
import { toIsoLocal } from '../calendar/local-time';
import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import {
  CHANNEL_LABELS, citizenHistoryEntry, citizenStatus, isSupplementRequest, OPEN_STATUSES, RATEABLE_STATUSES, RESULT_DELIVERY, TIMELINESS_LABELS,
} from './citizen-terms';

/**
 * Hồ sơ của tôi: the dossiers a citizen submitted, read from the `dossier` read model where
 * `applicant_subject` is the citizen's identity subject. Another person's dossier is simply not
 * found (404), so codes cannot be probed.
 */

const iso = (date: Date | null) => (date ? toIsoLocal(date) : null);

interface DossierRow {
  id: string; code: string; status: string; channel: string; procedure_code: string; procedure_name: string; sector_name: string | null;
  agency_code: string; agency_name: string; result_delivery: string | null; submitted_at: Date | null; received_at: Date | null;
  due_at: Date | null; resolved_at: Date | null; completed_at: Date | null; clock_stopped_at: Date | null; created_at: Date;
  rated: boolean;
}

const select = (extra = '') => `
  select d.id, d.code, d.status, d.channel, d.procedure_code, d.procedure_name, d.sector_name, a.code as agency_code,
         a.name as agency_name, d.result_delivery, d.submitted_at, d.received_at, d.due_at, d.resolved_at, d.completed_at,
         d.clock_stopped_at, d.created_at, exists (select 1 from dossier_rating r where r.dossier_id = d.id) as rated ${extra}
    from dossier d join agency a on a.id = d.agency_id`;

/** Tiến độ (E2) as the applicant sees it; null while in time or before reception. */
export function timelinessOf(calendar: WorkingCalendar, now: Date, row: Pick<DossierRow, 'status' | 'due_at' | 'resolved_at' | 'clock_stopped_at'>) {
  if (!row.due_at) return null;
  if (row.resolved_at) return calendar.classify({ dueAt: row.due_at, resolvedAt: row.resolved_at });
  if (row.status !== 'processing' || row.clock_stopped_at) return null;
  return row.due_at < now ? 'overdue' : null;
}

function summary(calendar: WorkingCalendar, now: Date, row: DossierRow) {
  const status = citizenStatus(row.status, row.result_delivery);
  const timeliness = timelinessOf(calendar, now, row);
  return {
    code: row.code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    agencyName: row.agency_name,
    status: row.status,
    statusLabel: status.label,
    submittedAt: iso(row.submitted_at ?? row.created_at),
    receivedAt: iso(row.received_at),
    dueAt: iso(row.due_at),
    resolvedAt: iso(row.resolved_at),
    timeliness,
    timelinessLabel: timeliness ? TIMELINESS_LABELS[timeliness] ?? null : null,
    actionNeeded: row.status === 'supplement_requested',
    canRate: RATEABLE_STATUSES.includes(row.status) && !row.rated,
  };
}

export interface DossierListQuery {
  state?: 'open' | 'closed';
  page: number;
  pageSize: number;
}

export async function listMyDossiers(db: Sql, calendar: WorkingCalendar, now: Date, subject: string, query: DossierListQuery) {
  const conditions = ['d.applicant_subject = ?'];
  const params: unknown[] = [subject];
  if (query.state) {
    conditions.push(query.state === 'open' ? 'd.status = any(array(select jsonb_array_elements_text(?::jsonb)))' : 'not (d.status = any(array(select jsonb_array_elements_text(?::jsonb))))');
    params.push(JSON.stringify(OPEN_STATUSES));
  }
  const where = conditions.join(' and ');
  const total = await db.one<{ count: string }>(`select count(*) from dossier d where ${where}`, params);
  const rows = await db.all<DossierRow>(
    `${select()} where ${where} order by coalesce(d.submitted_at, d.created_at) desc, d.id desc limit ? offset ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return { total: Number(total?.count ?? 0), items: rows.map((row) => summary(calendar, now, row)) };
}

/** The dossier's own row, only for its applicant. */
export async function myDossierRow(db: Sql, subject: string, code: string) {
  const row = await db.one<DossierRow & { applicant: Record<string, unknown>; form_data: Record<string, unknown>; agency_id: number }>(
    `${select(', d.applicant, d.form_data, d.agency_id')} where d.code = ? and d.applicant_subject = ?`, [code, subject],
  );
  if (!row) throw new AppError('DOSSIER_NOT_FOUND');
  return row;
}

interface EventRow { at: Date; kind: string; action: string | null; comment: string | null; data: Record<string, unknown> | null; task_name: string | null }

/** Phiếu, giấy tờ the applicant may download, as the documents feature serves them. */
function noticesOf(code: string, row: DossierRow, events: EventRow[]) {
  const kinds = new Set(events.map((event) => event.kind));
  const notices: { kind: string; label: string; url: string }[] = [];
  const add = (kind: string, label: string) => notices.push({ kind, label, url: `/api/dossiers/${encodeURIComponent(code)}/notices/${kind}.pdf` });
  if (row.received_at) add('receipt', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  if (events.some(isSupplementRequest)) add('supplement-request', 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
  if (row.status === 'refused') add('refusal', 'Phiếu từ chối tiếp nhận giải quyết hồ sơ');
  if (kinds.has('extended')) add('apology', 'Phiếu xin lỗi và hẹn lại ngày trả kết quả');
  if (row.status === 'withdrawn' || row.status === 'stopped') add('stop', 'Thông báo dừng xử lý hồ sơ');
  return notices;
}

export async function myDossierDetail(db: Sql, calendar: WorkingCalendar, now: Date, subject: string, code: string) {
  const row = await myDossierRow(db, subject, code);
  const events = await db.all<EventRow>(
    `select e.at, e.kind, e.action, e.comment, e.data,
            (select t.name from task t where t.dossier_id = e.dossier_id and t.task_key = e.task_key order by t.id desc limit 1) as task_name
       from dossier_event e where e.dossier_id = ? order by e.id`, [row.id],
  );
  const rating = await db.one<{ average: string; created_at: Date }>('select average, created_at from dossier_rating where dossier_id = ?', [row.id]);
  const last = (matches: (event: EventRow) => boolean) => [...events].reverse().find(matches);
  const supplement = row.status === 'supplement_requested' ? last(isSupplementRequest) : undefined;
  const refusal = row.status === 'refused' ? last((event) => event.kind === 'refused') : undefined;
  const status = citizenStatus(row.status, row.result_delivery);
  return {
    ...summary(calendar, now, row),
    sectorName: row.sector_name,
    agencyCode: row.agency_code,
    channel: row.channel,
    channelLabel: CHANNEL_LABELS[row.channel] ?? row.channel,
    explanation: status.explanation,
    completedAt: iso(row.completed_at),
    resultDelivery: row.result_delivery,
    resultDeliveryLabel: RESULT_DELIVERY[row.result_delivery ?? '']?.label ?? null,
    applicant: row.applicant,
    formData: row.form_data,
    supplement: supplement
      ? { requestedAt: toIsoLocal(supplement.at), reason: supplement.comment, items: Array.isArray(supplement.data?.items) ? supplement.data.items : [] }
      : null,
    refusal: refusal ? { at: toIsoLocal(refusal.at), reason: refusal.comment } : null,
    rating: rating ? { average: Number(rating.average), createdAt: toIsoLocal(rating.created_at) } : null,
    notices: noticesOf(row.code, row, events),
    history: events.flatMap((event) => {
      const entry = citizenHistoryEntry({ kind: event.kind, action: event.action, comment: event.comment, data: event.data, taskName: event.task_name });
      return entry ? [{ at: toIsoLocal(event.at), ...entry }] : [];
    }),
  };
}
