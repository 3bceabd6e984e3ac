import type { Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { coversAgencyPath, type Principal } from '../identity/principal';

/** The dossier row as commands read it. */
export interface DossierRow {
  id: number;
  code: string;
  status: string;
  version: number;
  agency_id: number;
  agency_code: string;
  agency_path: string;
  procedure_version_id: number;
  procedure_code: string;
  procedure_name: string;
  process_definition_id: number;
  channel: string;
  applicant: { fullName: string; idNumber: string; phone?: string; email?: string; address?: string };
  applicant_subject: string | null;
  form_data: Record<string, unknown>;
  result_delivery: string;
  engine_state: unknown;
  submitted_at: Date | null;
  received_at: Date | null;
  due_at: Date | null;
  completed_at: Date | null;
  clock_stopped_at: Date | null;
}

/**
 * Reads a dossier for a command and locks its row until the transaction ends, so two officers
 * acting on one dossier queue instead of racing; an officer outside the dossier's agency subtree
 * is told it does not exist.
 */
export async function lockDossier(db: Sql, code: string, principal: Principal | null): Promise<DossierRow> {
  const row = await db.one<DossierRow>(
    `select d.*, a.code as agency_code, a.path as agency_path
       from dossier d join agency a on a.id = d.agency_id
      where d.code = ? for update of d`,
    [code],
  );
  if (!row || (principal && !coversAgencyPath(principal, row.agency_path))) throw new AppError('DOSSIER_NOT_FOUND');
  return { ...row, id: Number(row.id) };
}

/** A command allowed only in some statuses refuses the others with 409 and says which status it is in. */
export function requireStatus(dossier: DossierRow, ...allowed: string[]): void {
  if (!allowed.includes(dossier.status)) {
    throw new AppError('WRONG_DOSSIER_STATE', [], `Hồ sơ ${dossier.code} đang ở trạng thái "${dossier.status}", không thực hiện được thao tác này.`);
  }
}

export function requireRole(principal: Principal, role: string, what: string): void {
  if (!principal.roles.includes(role as never)) throw new AppError('FORBIDDEN', [], `Chỉ ${what} được thực hiện thao tác này.`);
}
