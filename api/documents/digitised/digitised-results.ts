import { DateTime } from 'luxon';
import { VIETNAM_TIME_ZONE, toIsoLocal } from '../../calendar/local-time';
import type { Sql } from '../../db/sql';
import { AppError, type ErrorDetail } from '../../errors/catalogue';
import { isProvinceWide, type Principal } from '../../identity/principal';
import { asInstant } from '../sql-dates';

/**
 * Kết quả số hóa (F3; QĐ Cần Thơ, Điều 9.3b): the minimum fields of a digitised result —
 * (1) document type code, (2) the holder's identifier, or for a person without one their name
 * and birth year with the document's issue date and issuer, (3) document name, (4) summary,
 * (5) expiry date, (6) scope of validity. Identifier, summary or expiry missing: the note must say so.
 */
export interface NewDigitisedResult {
  documentTypeCode: string;
  documentName: string;
  documentNumber?: string | null;
  summary?: string | null;
  holder: { idNumber?: string | null; fullName?: string | null; birthYear?: number | null };
  issuedOn?: string | null;
  issuer?: string | null;
  expiresOn?: string | null;
  validityScope?: string | null;
  note?: string | null;
  /** Fields specialised law adds (số khung, biển số, mã chứng chỉ…). */
  extra?: Record<string, string>;
}

export interface DigitisedResult extends NewDigitisedResult {
  id: number;
  agencyId: number;
  agencyCode: string;
  agencyName: string;
  dossierId: number | null;
  dossierCode: string | null;
  attachmentId: number | null;
  missingFields: string[];
  createdAt: Date;
}

/** Names of the fields the regulation wants noted when missing, as the note should name them. */
const MISSING_LABELS: Record<string, string> = {
  holderIdNumber: 'số định danh của cá nhân, tổ chức', summary: 'trích yếu nội dung', expiresOn: 'thời hạn hết hiệu lực',
};

/** 422 details for a result that lacks what Điều 9.3b requires. */
export function digitisedProblems(input: NewDigitisedResult): { problems: ErrorDetail[]; missing: string[] } {
  const problems: ErrorDetail[] = [];
  const { holder } = input;
  if (!holder.idNumber && !(holder.fullName && holder.birthYear && input.issuedOn && input.issuer)) {
    problems.push({
      path: '/holder/idNumber',
      message: 'Cần số định danh của cá nhân, tổ chức; nếu không có, cần họ tên, năm sinh, ngày cấp và cơ quan cấp.',
    });
  }
  const missing = [
    ...(holder.idNumber ? [] : ['holderIdNumber']), ...(input.summary ? [] : ['summary']), ...(input.expiresOn ? [] : ['expiresOn']),
  ];
  if (missing.length && !input.note?.trim()) {
    problems.push({ path: '/note', message: `Ghi vào trường ghi chú các thông tin còn thiếu: ${missing.map((m) => MISSING_LABELS[m]).join(', ')}.` });
  }
  return { problems, missing };
}

interface Row {
  id: string; agency_id: number; agency_code: string; agency_name: string; dossier_id: string | null; dossier_code: string | null;
  attachment_id: string | null; document_type_code: string; document_number: string | null; document_name: string; summary: string | null;
  holder_id_number: string | null; holder_name: string | null; holder_birth_year: number | null; issued_on: string | Date | null;
  issuer: string | null; expires_on: string | Date | null; validity_scope: string | null; note: string | null; missing_fields: string[];
  extra: Record<string, string>; created_at: Date;
}

const day = (value: string | Date | null) => {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  return DateTime.fromJSDate(value, { zone: VIETNAM_TIME_ZONE }).toISODate();
};

const SELECT = `select r.*, a.code as agency_code, a.name as agency_name, d.code as dossier_code
  from digitised_result r join agency a on a.id = r.agency_id left join dossier d on d.id = r.dossier_id`;

function toResult(row: Row): DigitisedResult {
  return {
    id: Number(row.id), agencyId: row.agency_id, agencyCode: row.agency_code, agencyName: row.agency_name,
    dossierId: row.dossier_id === null ? null : Number(row.dossier_id), dossierCode: row.dossier_code,
    attachmentId: row.attachment_id === null ? null : Number(row.attachment_id), documentTypeCode: row.document_type_code,
    documentNumber: row.document_number, documentName: row.document_name, summary: row.summary,
    holder: { idNumber: row.holder_id_number, fullName: row.holder_name, birthYear: row.holder_birth_year },
    issuedOn: day(row.issued_on), issuer: row.issuer, expiresOn: day(row.expires_on), validityScope: row.validity_scope, note: row.note,
    missingFields: row.missing_fields ?? [], extra: row.extra ?? {}, createdAt: asInstant(row.created_at),
  };
}

export function digitisedView(r: DigitisedResult) {
  return { ...r, agencyId: undefined, dossierId: undefined, createdAt: toIsoLocal(r.createdAt) };
}

export async function insertDigitised(
  db: Sql, input: NewDigitisedResult, missing: string[], place: { agencyId: number; dossierId: number | null; attachmentId: number | null; createdBy: number },
): Promise<DigitisedResult> {
  const row = await db.one<{ id: string }>(
    `insert into digitised_result (agency_id, dossier_id, attachment_id, document_type_code, document_number, document_name, summary,
       holder_id_number, holder_name, holder_birth_year, issued_on, issuer, expires_on, validity_scope, note, missing_fields, extra, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?) returning id`,
    [place.agencyId, place.dossierId, place.attachmentId, input.documentTypeCode, input.documentNumber ?? null, input.documentName,
      input.summary ?? null, input.holder.idNumber ?? null, input.holder.fullName ?? null, input.holder.birthYear ?? null, input.issuedOn ?? null,
      input.issuer ?? null, input.expiresOn ?? null, input.validityScope ?? null, input.note ?? null, JSON.stringify(missing), JSON.stringify(input.extra ?? {}),
      place.createdBy],
  );
  return (await findDigitised(db, Number(row!.id)))!;
}

export async function findDigitised(db: Sql, id: number): Promise<DigitisedResult | undefined> {
  const row = await db.one<Row>(`${SELECT} where r.id = ?`, [id]);
  return row ? toResult(row) : undefined;
}

/** An officer sees the results digitised in their agency subtree; province-wide roles see all. */
export async function findDigitisedInScope(db: Sql, principal: Principal, id: number): Promise<DigitisedResult> {
  const row = await db.one<Row & { agency_path: string }>(`${SELECT.replace('a.name as agency_name', 'a.name as agency_name, a.path as agency_path')} where r.id = ?`, [id]);
  const visible = row && (isProvinceWide(principal) || (principal.agencyPath !== null && row.agency_path.startsWith(principal.agencyPath)));
  if (!row || !visible) throw new AppError('DIGITISED_RESULT_NOT_FOUND');
  return toResult(row);
}

export interface DigitisedQuery {
  holderIdNumber?: string;
  documentTypeCode?: string;
  q?: string;
  limit?: number;
}

/** Tra cứu kho số hóa: by holder, by type, by words (with or without diacritics), within the officer's scope. */
export async function searchDigitised(db: Sql, principal: Principal, query: DigitisedQuery): Promise<DigitisedResult[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!isProvinceWide(principal)) {
    if (principal.agencyPath === null) return [];
    where.push('a.path like ?');
    params.push(`${principal.agencyPath.replace(/[\\%_]/g, '\\$&')}%`);
  }
  if (query.holderIdNumber) {
    where.push('r.holder_id_number = ?');
    params.push(query.holderIdNumber);
  }
  if (query.documentTypeCode) {
    where.push('r.document_type_code = ?');
    params.push(query.documentTypeCode);
  }
  if (query.q) {
    where.push(`unaccent(lower(concat_ws(' ', r.document_name, r.summary, r.document_number, r.holder_name, r.issuer))) like unaccent(lower(?))`);
    params.push(`%${query.q.replace(/[\\%_]/g, '\\$&')}%`);
  }
  const rows = await db.all<Row>(
    `${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by r.created_at desc, r.id desc limit ?`,
    [...params, Math.min(query.limit ?? 50, 200)],
  );
  return rows.map(toResult);
}

/** Kết quả còn hiệu lực của người nộp (F3, C9): offered for reuse in their later dossiers, wherever digitised. */
export async function reusableFor(db: Sql, holderIdNumber: string, today: string): Promise<DigitisedResult[]> {
  const rows = await db.all<Row>(
    `${SELECT} where r.holder_id_number = ? and (r.expires_on is null or r.expires_on >= ?) order by r.created_at desc limit 100`,
    [holderIdNumber, today],
  );
  return rows.map(toResult);
}
