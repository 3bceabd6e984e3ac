import { toIsoLocal } from '../calendar/local-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { pgArray, type Sql } from '../db/sql';
import type { Principal } from '../identity/principal';
import type { WorkingDuration } from '../calendar/working-calendar';

const iso = (d: Date | null) => (d ? toIsoLocal(d) : null);

/**
 * Hạn tiếp nhận hồ sơ trực tuyến (D2): the desk must receive or refuse within a limit of working
 * time, counted from the next working hour when the submission came outside working hours.
 */
export function receptionDeadline(calendar: WorkingCalendar, submittedAt: Date, limit: WorkingDuration): Date {
  return calendar.addWorkingTime(submittedAt, limit);
}

export async function onlineReceptionLimit(db: Sql): Promise<WorkingDuration> {
  const row = await db.one<{ value: WorkingDuration }>(`select value from province_setting where key = 'onlineReceptionLimit'`);
  return row?.value ?? { value: 8, unit: 'working_hours' };
}

/** Hàng chờ tiếp nhận: online submissions of the officer's agency subtree, the most urgent first. */
export async function receptionQueue(db: Sql, calendar: WorkingCalendar, now: Date, principal: Principal) {
  const limit = await onlineReceptionLimit(db);
  const rows = await db.all<{ code: string; procedure_name: string; applicant: { fullName: string }; submitted_at: Date; agency_code: string }>(
    `select d.code, d.procedure_name, d.applicant, d.submitted_at, a.code as agency_code
       from dossier d join agency a on a.id = d.agency_id
      where d.status = 'submitted' and a.path like ? || '%'
      order by d.submitted_at limit 500`,
    [principal.agencyPath ?? '/none/'],
  );
  return rows.map((row) => {
    const decideBy = receptionDeadline(calendar, row.submitted_at, limit);
    return {
      code: row.code, procedureName: row.procedure_name, applicantName: row.applicant.fullName, agencyCode: row.agency_code,
      submittedAt: iso(row.submitted_at), decideBy: iso(decideBy), overdue: decideBy < now,
    };
  });
}

/**
 * Rà soát hồ sơ quá hạn (D13): every open dossier past its appointment date or due within one
 * working day, for the desk head's daily review, the control office's across agencies.
 */
export async function overdueDossiers(db: Sql, calendar: WorkingCalendar, now: Date, principal: Principal, provinceWide: boolean) {
  const soon = calendar.addWorkingTime(now, { value: 1, unit: 'working_days' });
  const rows = await db.all<{ code: string; procedure_name: string; agency_name: string; due_at: Date; received_at: Date; status: string; open_steps: string | null }>(
    `select d.code, d.procedure_name, a.name as agency_name, d.due_at, d.received_at, d.status,
            (select string_agg(t.name, ', ') from task t where t.dossier_id = d.id and t.status = 'open') as open_steps
       from dossier d join agency a on a.id = d.agency_id
      where d.status = 'processing' and d.due_at < ? and d.clock_stopped_at is null ${provinceWide ? '' : `and a.path like ? || '%'`}
      order by a.name, d.due_at limit 1000`,
    provinceWide ? [soon] : [soon, principal.agencyPath ?? '/none/'],
  );
  return rows.map((row) => ({
    code: row.code, procedureName: row.procedure_name, agencyName: row.agency_name, dueAt: iso(row.due_at), receivedAt: iso(row.received_at),
    status: row.status, openSteps: row.open_steps, overdue: row.due_at < now,
  }));
}

/** Cảnh báo: alerts for the officer's roles in their agency, newest first. */
export async function alertsFor(db: Sql, principal: Principal) {
  const rows = await db.all<{ id: string; kind: string; message: string; created_at: Date; code: string | null }>(
    `select al.id, al.kind, al.message, al.created_at, d.code from alert al left join dossier d on d.id = al.dossier_id
      where al.agency_id = ? and al.role = any(?::text[]) and al.read_at is null order by al.created_at desc limit 200`,
    [principal.agencyId ?? 0, pgArray(principal.roles)],
  );
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, message: r.message, createdAt: toIsoLocal(r.created_at), dossierCode: r.code }));
}
