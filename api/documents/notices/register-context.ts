import type { Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { placeName } from '../dossier-access';
import { asDate } from '../sql-dates';
import { statusLabel } from './notice-context';
import type { NoticeTemplate } from './template-store';
import { localYear } from './vietnamese-dates';

/** The agency whose desk keeps the register. */
export interface RegisterAgency {
  id: number;
  code: string;
  name: string;
  parentName: string | null;
  rootName: string;
}

/** A register beyond this many dossiers is split into shorter periods rather than printed as one book. */
export const REGISTER_MAX_ROWS = 2000;

interface Row {
  code: string; procedure_name: string; applicant: { fullName?: string; address?: string; phone?: string }; agency_name: string;
  received_at: Date; due_at: Date | null; forwarded_at: Date | null; resolved_at: Date | null; returned_at: Date | null; status: string;
}

/**
 * Sổ theo dõi hồ sơ (Mẫu số 06): the dossiers an agency received in a period, with the dates of
 * reception, appointment, hand-over to the processing department, result and return. `to` is
 * exclusive. Every period notice kind (a province may add one) gets these rows.
 */
export async function periodContext(db: Sql, template: NoticeTemplate, agency: RegisterAgency, from: Date, to: Date, now: Date) {
  const rows = await db.all<Row>(
    `select d.code, d.procedure_name, d.applicant, a.name as agency_name, d.received_at, d.due_at, d.resolved_at, d.status,
            (select min(t.created_at) from task t where t.dossier_id = d.id) as forwarded_at,
            (select max(e.at) from dossier_event e where e.dossier_id = d.id and e.kind = 'result_returned') as returned_at
       from dossier d join agency a on a.id = d.agency_id
      where d.agency_id = ? and d.received_at >= ? and d.received_at < ?
      order by d.received_at, d.code
      limit ?`,
    [agency.id, from, to, REGISTER_MAX_ROWS + 1],
  );
  if (rows.length > REGISTER_MAX_ROWS) {
    throw new AppError('VALIDATION_FAILED', [{ path: '/from', message: `Kỳ đã chọn có hơn ${REGISTER_MAX_ROWS} hồ sơ; hãy in theo từng kỳ ngắn hơn.` }]);
  }
  const lastDay = new Date(to.getTime() - 1);
  return {
    notice: { kind: template.kind, title: template.title, version: template.version, number: null, issuedAt: now, paper: template.paper, landscape: template.landscape },
    place: placeName(agency.rootName),
    agency: { code: agency.code, name: agency.name, parentName: agency.parentName, phone: null },
    period: { from, to: lastDay, book: String(localYear(from)) },
    rows: rows.map((r) => ({
      code: r.code, procedureName: r.procedure_name, applicantName: r.applicant?.fullName ?? '', address: r.applicant?.address ?? '',
      phone: r.applicant?.phone ?? '', agencyName: r.agency_name, receivedAt: asDate(r.received_at), dueAt: asDate(r.due_at),
      forwardedAt: asDate(r.forwarded_at), resolvedAt: asDate(r.resolved_at), returnedAt: asDate(r.returned_at), status: r.status, statusLabel: statusLabel(r.status),
    })),
  };
}
