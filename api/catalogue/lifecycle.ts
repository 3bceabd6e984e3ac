import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors/catalogue';
import type { Principal } from '../identity/principal';
import { restampForm } from './form-binding';
import type { Decision, DossierComponent, ProcedureInput, ProcedureVersion } from './model';
import { reviewForPublication } from './publication-checks';
import { buildContent, inputOf } from './record-rules';
import { json, sql } from './sql';
import {
  createProcedureRow, findVersion, insertVersion, lockProcedure, nextVersionNumber, setVersionState, updateVersionContent,
} from './version-store';

/**
 * Vòng đời thủ tục (REQUIREMENTS A4): draft → in review → published by decision → superseded by an
 * amendment or abolished. Each change runs in one transaction holding the procedure's row lock,
 * so two officers acting at once on one procedure are serialised, never interleaved.
 */

/** Who acts, and when (the injected clock's time). */
export interface Actor {
  principal: Principal;
  now: Date;
}

async function mustFind(em: EntityManager, code: string, version: number): Promise<ProcedureVersion> {
  const found = await findVersion(em, { code, version });
  if (!found) throw new AppError('PROCEDURE_VERSION_NOT_FOUND');
  return found;
}

async function locked(em: EntityManager, code: string): Promise<number> {
  const row = await lockProcedure(em, code);
  if (!row) throw new AppError('PROCEDURE_NOT_FOUND');
  return row.id;
}

async function openVersion(em: EntityManager, code: string): Promise<ProcedureVersion> {
  await locked(em, code);
  const open = await findVersion(em, { code, state: 'open' }, true);
  if (!open) throw new AppError('PROCEDURE_NO_OPEN_VERSION');
  return open;
}

/** Drafts version 1 of a new procedure (or the next one of a procedure whose drafts were all discarded). */
export async function createProcedure(em: EntityManager, actor: Actor, input: ProcedureInput): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    const existing = await lockProcedure(tx, input.code);
    if (existing) {
      const latest = await findVersion(tx, { code: input.code, state: 'latest' });
      if (latest && (latest.status === 'draft' || latest.status === 'in_review')) throw new AppError('PROCEDURE_DRAFT_EXISTS');
      if (latest) throw new AppError('PROCEDURE_CODE_TAKEN');
    }
    const procedureId = existing?.id ?? (await createProcedureRow(tx, input.code, actor.now));
    const version = await nextVersionNumber(tx, procedureId);
    const content = await buildContent(tx, input, version);
    const id = await insertVersion(tx, procedureId, version, content, actor.principal.id, actor.now);
    return (await findVersion(tx, { id }))!;
  });
}

/** Sửa đổi, bổ sung: a new draft starting from the version in force, with the given changes. */
export async function amendProcedure(em: EntityManager, actor: Actor, code: string, changes: Partial<ProcedureInput>): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    const procedureId = await locked(tx, code);
    if (await findVersion(tx, { code, state: 'open' })) throw new AppError('PROCEDURE_DRAFT_EXISTS');
    const live = await findVersion(tx, { code, state: 'live' });
    if (!live) {
      const latest = await findVersion(tx, { code, state: 'latest' });
      throw new AppError(latest?.status === 'abolished' ? 'PROCEDURE_ABOLISHED' : 'PROCEDURE_NOT_PUBLISHED');
    }
    const version = await nextVersionNumber(tx, procedureId);
    const base = { ...inputOf(live), formSchema: restampForm(live.form, version) ?? undefined, decision: null };
    const content = await buildContent(tx, mergeInput(base, changes), version);
    const id = await insertVersion(tx, procedureId, version, content, actor.principal.id, actor.now);
    return (await findVersion(tx, { id }))!;
  });
}

/**
 * The merged input of an edit. A form wrapped from a bare schema mirrors the record's components;
 * when only the components change, the mirror follows them instead of going stale.
 */
function mergeInput(base: ProcedureInput, changes: Partial<ProcedureInput>): ProcedureInput {
  const merged = { ...base, ...changes, code: base.code };
  const form = base.formSchema as { components?: { code: string; name: string; required: boolean }[] } | undefined;
  if (changes.components && changes.formSchema === undefined && form && mirrors(form.components, base.components ?? [])) {
    merged.formSchema = { ...form, components: changes.components.map(({ code, name, required }) => ({ code, name, required })) };
  }
  return merged;
}

function mirrors(formComponents: { code: string; name: string; required: boolean }[] | undefined, components: DossierComponent[]): boolean {
  if (!formComponents || formComponents.length !== components.length) return false;
  return components.every((c, i) => formComponents[i].code === c.code && formComponents[i].name === c.name && formComponents[i].required === c.required);
}

/** Edits a draft. A version in review is locked until returned; a published one never changes. */
export async function updateDraft(
  em: EntityManager, actor: Actor, code: string, versionNumber: number, changes: Partial<ProcedureInput>, expectedRevision?: number,
): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    await locked(tx, code);
    const current = await mustFind(tx, code, versionNumber);
    if (current.status === 'in_review') throw new AppError('PROCEDURE_IN_REVIEW');
    if (current.status !== 'draft') throw new AppError('PROCEDURE_VERSION_IMMUTABLE');
    if (expectedRevision !== undefined && expectedRevision !== current.revision) throw new AppError('CONFLICT');
    const content = await buildContent(tx, mergeInput(inputOf(current), changes), current.version);
    await updateVersionContent(tx, current.id, content, actor.now);
    return (await findVersion(tx, { id: current.id }))!;
  });
}

/** Gửi thẩm định: the draft goes to the control office and is locked for edits. */
export async function submitForReview(em: EntityManager, actor: Actor, code: string): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    const open = await openVersion(tx, code);
    if (open.status === 'in_review') throw new AppError('PROCEDURE_IN_REVIEW');
    await setVersionState(tx, open.id, 'in_review', { submitted_at: actor.now, submitted_by: actor.principal.id }, actor.now);
    return (await findVersion(tx, { id: open.id }))!;
  });
}

/** Trả lại: the control office sends a version in review back to draft, saying why. */
export async function returnForRevision(em: EntityManager, actor: Actor, code: string, note: string): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    const open = await openVersion(tx, code);
    if (open.status !== 'in_review') throw new AppError('PROCEDURE_NOT_IN_REVIEW');
    await setVersionState(tx, open.id, 'draft', { review_note: note }, actor.now);
    return (await findVersion(tx, { id: open.id }))!;
  });
}

/** Hủy dự thảo: removes the open version and its test runs; issued versions are never deleted. */
export async function discardDraft(em: EntityManager, _actor: Actor, code: string): Promise<void> {
  await em.transactional(async (tx) => {
    const open = await openVersion(tx, code);
    await sql(tx, 'delete from procedure_test_run where version_id = ?', [open.id]);
    await sql(tx, 'delete from procedure_version where id = ?', [open.id]);
  });
}

/** The findings publication would meet now, without publishing (the "check" button). */
export async function checkPublication(em: EntityManager, code: string, decision?: Decision | null) {
  if (!(await findVersion(em, { code, state: 'latest' }))) throw new AppError('PROCEDURE_NOT_FOUND');
  const open = await findVersion(em, { code, state: 'open' });
  if (!open) throw new AppError('PROCEDURE_NO_OPEN_VERSION');
  return { version: open, ...(await reviewForPublication(em, open, decision ?? open.decision)) };
}

/**
 * Công bố (A4): checks, then puts the open version in force under its decision. The version in
 * force before it is superseded; the implementing agencies join the procedure's catalogue.
 */
export async function publishProcedure(em: EntityManager, actor: Actor, code: string, decision?: Decision | null): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    const open = await openVersion(tx, code);
    const chosen = decision ?? open.decision;
    const review = await reviewForPublication(tx, open, chosen);
    if (review.findings.length > 0) throw new AppError('PROCEDURE_PUBLICATION_REFUSED', review.findings);
    await sql(tx, `update procedure_version set status = 'superseded', updated_at = ? where procedure_id = ? and status = 'published'`,
      [actor.now, open.procedureId]);
    await setVersionState(tx, open.id, 'published', {
      decision_number: chosen!.number, decision_date: chosen!.date, published_at: actor.now, published_by: actor.principal.id,
      process_version: review.process?.version ?? null,
    }, actor.now);
    await sql(tx, `insert into procedure_agency (procedure_id, agency_id, added_by, added_at)
      select ?, a.id, ?, ? from agency a where a.code in (select jsonb_array_elements_text(?::jsonb))
      on conflict do nothing`, [open.procedureId, actor.principal.id, actor.now, json(open.agencyCodes)]);
    return (await findVersion(tx, { id: open.id }))!;
  });
}

/** Bãi bỏ (A4): the version in force loses effect by decision; new dossiers can no longer be filed. */
export async function abolishProcedure(em: EntityManager, actor: Actor, code: string, decision: Decision): Promise<ProcedureVersion> {
  return em.transactional(async (tx) => {
    await locked(tx, code);
    const live = await findVersion(tx, { code, state: 'live' }, true);
    if (!live) {
      const latest = await findVersion(tx, { code, state: 'latest' });
      throw new AppError(latest?.status === 'abolished' ? 'PROCEDURE_ABOLISHED' : 'PROCEDURE_NOT_PUBLISHED');
    }
    await setVersionState(tx, live.id, 'abolished', {
      abolition_number: decision.number, abolition_date: decision.date, abolished_at: actor.now, abolished_by: actor.principal.id,
    }, actor.now);
    return (await findVersion(tx, { id: live.id }))!;
  });
}

export interface TestRun {
  id: number;
  version: number;
  revision: number;
  outcome: 'passed' | 'failed';
  notes: string;
  dossierCode: string | null;
  runBy: string | null;
  runAt: Date;
}

/** Chạy thử (A5; CT phụ lục, bước 5): records the outcome of walking a dossier through the open version. */
export async function recordTestRun(
  em: EntityManager, actor: Actor, code: string, run: { outcome: 'passed' | 'failed'; notes?: string; dossierCode?: string },
): Promise<{ id: number; version: number; revision: number }> {
  return em.transactional(async (tx) => {
    const open = await openVersion(tx, code);
    const rows = await sql<{ id: number }>(tx,
      `insert into procedure_test_run (version_id, revision, outcome, notes, dossier_code, run_by, run_at)
       values (?, ?, ?, ?, ?, ?, ?) returning id`,
      [open.id, open.revision, run.outcome, run.notes ?? '', run.dossierCode ?? null, actor.principal.id, actor.now]);
    return { id: rows[0].id, version: open.version, revision: open.revision };
  });
}
