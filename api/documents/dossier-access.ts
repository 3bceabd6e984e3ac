import type { FastifyRequest } from 'fastify';
import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { CitizenPrincipal } from '../identity/citizen-principal';
import { coversAgencyPath, type Principal } from '../identity/principal';
import { asDate } from './sql-dates';

/** The dossier as the documents feature reads it: its row, its agency, who received it. */
export interface DossierRecord {
  id: number;
  code: string;
  status: string;
  channel: string;
  applicant: { fullName?: string; idNumber?: string; phone?: string; email?: string; address?: string };
  applicantSubject: string | null;
  procedureVersionId: number;
  procedureCode: string;
  procedureName: string;
  sectorName: string | null;
  resultDelivery: string | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  resolvedAt: Date | null;
  completedAt: Date | null;
  agency: { id: number; code: string; name: string; path: string; parentName: string | null; rootName: string };
  receivedByName: string | null;
}

/** Who asks: an officer (scoped by agency subtree) or a citizen (their own dossiers only). */
export type Reader = { kind: 'officer'; principal: Principal } | { kind: 'citizen'; citizen: CitizenPrincipal };

/** On routes open to both, the auth hook has set exactly one of the two. */
export function readerOf(request: FastifyRequest): Reader {
  return request.citizen ? { kind: 'citizen', citizen: request.citizen } : { kind: 'officer', principal: request.principal };
}

export function readerName(reader: Reader): string {
  return reader.kind === 'officer' ? reader.principal.fullName : reader.citizen.fullName;
}

interface Row {
  id: string; code: string; status: string; channel: string; applicant: DossierRecord['applicant']; applicant_subject: string | null;
  procedure_version_id: number; procedure_code: string; procedure_name: string; sector_name: string | null; result_delivery: string | null;
  submitted_at: Date | null; received_at: Date | null; due_at: Date | null; resolved_at: Date | null; completed_at: Date | null;
  agency_id: number; agency_code: string; agency_name: string; agency_path: string; parent_name: string | null; root_name: string;
  received_by_name: string | null;
}

export async function findDossier(db: Sql, code: string): Promise<DossierRecord | undefined> {
  const row = await db.one<Row>(
    `select d.id, d.code, d.status, d.channel, d.applicant, d.applicant_subject, d.procedure_version_id, d.procedure_code,
            d.procedure_name, d.sector_name, d.result_delivery, d.submitted_at, d.received_at, d.due_at, d.resolved_at, d.completed_at,
            a.id as agency_id, a.code as agency_code, a.name as agency_name, a.path as agency_path, p.name as parent_name,
            coalesce(r.name, a.name) as root_name, u.full_name as received_by_name
       from dossier d
       join agency a on a.id = d.agency_id
       left join agency p on p.id = a.parent_id
       left join agency r on r.id = nullif(split_part(a.path, '/', 2), '')::int
       left join app_user u on u.id = d.received_by
      where d.code = ?`,
    [code],
  );
  if (!row) return undefined;
  return {
    id: Number(row.id), code: row.code, status: row.status, channel: row.channel, applicant: row.applicant ?? {},
    applicantSubject: row.applicant_subject, procedureVersionId: row.procedure_version_id, procedureCode: row.procedure_code,
    procedureName: row.procedure_name, sectorName: row.sector_name, resultDelivery: row.result_delivery, submittedAt: asDate(row.submitted_at),
    receivedAt: asDate(row.received_at), dueAt: asDate(row.due_at), resolvedAt: asDate(row.resolved_at), completedAt: asDate(row.completed_at),
    agency: { id: row.agency_id, code: row.agency_code, name: row.agency_name, path: row.agency_path, parentName: row.parent_name, rootName: row.root_name },
    receivedByName: row.received_by_name,
  };
}

/** Officers of the dossier agency's subtree, or the applicant who submitted it online (I3). */
export function mayRead(reader: Reader, dossier: DossierRecord): boolean {
  if (reader.kind === 'officer') return coversAgencyPath(reader.principal, dossier.agency.path);
  return dossier.applicantSubject !== null && dossier.applicantSubject === reader.citizen.subject;
}

/**
 * The dossier, if this reader may see it. Anything else is 404, never 403: a stranger learns
 * nothing, not even that the code exists.
 */
export async function dossierFor(db: Sql, reader: Reader, code: string): Promise<DossierRecord> {
  const dossier = await findDossier(db, code);
  if (!dossier || !mayRead(reader, dossier)) throw new AppError('DOSSIER_NOT_FOUND');
  return dossier;
}

/** "Ủy ban nhân dân tỉnh Sóc Trăng" → "Sóc Trăng": the place name before the date of a document. */
export function placeName(rootAgencyName: string): string {
  return rootAgencyName
    .replace(/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/i, '')
    .replace(/^(tỉnh|thành phố)\s+/i, '')
    .trim() || rootAgencyName;
}
