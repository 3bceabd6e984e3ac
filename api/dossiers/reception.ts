import { findProcedureVersion } from '../catalogue';
import { sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import type { Principal } from '../identity/principal';
import { persistStep } from '../workflow/step-writer';
import { startProcessing, type Channel, type CommandDeps } from './create-dossier';
import { lockDossier, requireRole, requireStatus } from './dossier-lock';

/** Tiếp nhận hồ sơ trực tuyến (D1): the desk officer accepts an online submission and processing starts. */
export async function receiveOnline(deps: CommandDeps, principal: Principal, code: string) {
  return deps.em.transactional(async (tx) => {
    const db = sql(tx);
    const dossier = await lockDossier(db, code, principal);
    requireRole(principal, 'desk_officer', 'cán bộ tiếp nhận');
    requireStatus(dossier, 'submitted');
    const procedure = await findProcedureVersion(tx, dossier.procedure_version_id);
    if (!procedure) throw new AppError('UNKNOWN_PROCEDURE');
    return startProcessing(
      { ...deps, em: tx }, db, { id: dossier.id, version: dossier.version, agencyId: dossier.agency_id }, procedure,
      dossier.process_definition_id, { id: principal.id, name: principal.fullName }, dossier.channel as Channel, dossier.form_data,
    );
  });
}

/** Từ chối tiếp nhận (D1, D9): an online submission is refused with a written reason; nothing is processed. */
export async function refuseOnline(deps: CommandDeps, principal: Principal, code: string, reason: string) {
  return deps.em.transactional(async (tx) => {
    const db = sql(tx);
    const dossier = await lockDossier(db, code, principal);
    requireRole(principal, 'desk_officer', 'cán bộ tiếp nhận');
    requireStatus(dossier, 'submitted');
    await persistStep(
      { db, calendar: deps.calendar, now: deps.now, actor: { id: principal.id, name: principal.fullName } },
      { id: dossier.id, version: dossier.version, agencyId: dossier.agency_id }, null,
      { status: 'refused', completedAt: deps.now },
      { kind: 'refused', comment: reason },
    );
    return { status: 'refused' };
  });
}
