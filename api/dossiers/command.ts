import type { StepResult } from '../../engine';
import { sql, type Sql } from '../db/sql';
import type { CitizenPrincipal } from '../identity/citizen-principal';
import type { Principal } from '../identity/principal';
import { persistStep, type DossierChange, type HistoryEntry } from '../workflow/step-writer';
import type { CommandDeps } from './create-dossier';
import { lockDossier, type DossierRow } from './dossier-lock';
import { AppError } from '../errors/catalogue';

/** Who acts on a dossier: an officer in scope, or the applicant citizen on their own dossier. */
export type Actor = { kind: 'officer'; principal: Principal } | { kind: 'citizen'; citizen: CitizenPrincipal };

export interface CommandContext {
  db: Sql;
  dossier: DossierRow;
  deps: CommandDeps;
  /** The officer acting, or null for a citizen; recorded on the rows the action writes. */
  actorId: number | null;
  /** Writes the dossier change, the engine step's tasks and timers, and one history entry. */
  persist(step: StepResult | null, change: DossierChange, history: HistoryEntry): Promise<number>;
}

/**
 * The frame of every dossier action (DESIGN.md decision 1): one transaction, the dossier row
 * locked, the caller's scope checked, then the action's own rules and writes.
 */
export async function dossierCommand<T>(deps: CommandDeps, actor: Actor, code: string, run: (ctx: CommandContext) => Promise<T>): Promise<T> {
  return deps.em.transactional(async (tx) => {
    const db = sql(tx);
    const dossier = await lockDossier(db, code, actor.kind === 'officer' ? actor.principal : null);
    if (actor.kind === 'citizen' && dossier.applicant_subject !== actor.citizen.subject) throw new AppError('DOSSIER_NOT_FOUND');
    const who = actor.kind === 'officer'
      ? { id: actor.principal.id, name: actor.principal.fullName }
      : { id: null, name: actor.citizen.fullName, role: 'citizen' };
    let version = dossier.version;
    const persist = async (step: StepResult | null, change: DossierChange, history: HistoryEntry) => {
      ({ version } = await persistStep(
        { db, calendar: deps.calendar, now: deps.now, actor: who },
        { id: dossier.id, version, agencyId: dossier.agency_id }, step, change, history,
      ));
      return version;
    };
    return run({ db, dossier, deps: { ...deps, em: tx }, actorId: who.id, persist });
  });
}

/** Ends every open task and pending timer of a dossier that closes outside its process (withdrawal, stop). */
export async function cancelOpenWork(db: Sql, dossierId: number, now: Date): Promise<void> {
  await db.run(`update task set status = 'cancelled', completed_at = ? where dossier_id = ? and status = 'open'`, [now, dossierId]);
  await db.run('update timer_job set cancelled_at = ? where dossier_id = ? and fired_at is null and cancelled_at is null', [now, dossierId]);
}
