import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors/catalogue';
import type { Actor } from './lifecycle';
import { unknownAgencies } from './record-rules';
import { json, sql } from './sql';
import { findVersion } from './version-store';

/**
 * Danh mục TTHC của từng cơ quan: which agencies implement a procedure. Publication lists the
 * agencies its record names; the control office then localises a published procedure to many
 * more at once, by code or by a whole administrative level (every commune, say).
 */

export interface CatalogueAgency {
  code: string;
  name: string;
  level: string;
}

export async function catalogueAgencies(em: EntityManager, procedureId: number): Promise<CatalogueAgency[]> {
  return sql<CatalogueAgency>(em,
    `select a.code, a.name, a.level_code as level from procedure_agency pa join agency a on a.id = pa.agency_id
      where pa.procedure_id = ? order by a.path`, [procedureId]);
}

/** Agency codes per procedure, for many procedures in one query. */
export async function catalogueCodesOf(em: EntityManager, procedureIds: number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>(procedureIds.map((id) => [id, []]));
  if (procedureIds.length === 0) return result;
  const rows = await sql<{ procedure_id: number; code: string }>(em,
    `select pa.procedure_id, a.code from procedure_agency pa join agency a on a.id = pa.agency_id
      where pa.procedure_id in (select jsonb_array_elements_text(?::jsonb)::int) order by a.path`, [json(procedureIds)]);
  for (const row of rows) result.get(row.procedure_id)?.push(row.code);
  return result;
}

async function liveProcedureId(em: EntityManager, code: string): Promise<number> {
  const live = await findVersion(em, { code, state: 'live' });
  if (live) return live.procedureId;
  const latest = await findVersion(em, { code, state: 'latest' });
  if (!latest) throw new AppError('PROCEDURE_NOT_FOUND');
  throw new AppError(latest.status === 'abolished' ? 'PROCEDURE_ABOLISHED' : 'PROCEDURE_NOT_PUBLISHED');
}

/** Adds the agencies named, and every agency of `level` when given; returns how many were new. */
export async function localiseProcedure(
  em: EntityManager, actor: Actor, code: string, target: { agencyCodes?: string[]; level?: string },
): Promise<{ added: number; agencies: CatalogueAgency[] }> {
  return em.transactional(async (tx) => {
    const procedureId = await liveProcedureId(tx, code);
    const codes = [...new Set(target.agencyCodes ?? [])];
    const unknown = await unknownAgencies(tx, codes);
    if (unknown.length > 0) throw new AppError('UNKNOWN_AGENCY', unknown);
    if (target.level && (await sql(tx, 'select 1 from admin_level where code = ?', [target.level])).length === 0) {
      throw new AppError('UNKNOWN_LEVEL', [{ path: '/level', message: `Cấp hành chính “${target.level}” chưa được cấu hình.` }]);
    }
    const rows = await sql<{ agency_id: number }>(tx,
      `insert into procedure_agency (procedure_id, agency_id, added_by, added_at)
       select ?, a.id, ?, ? from agency a
        where a.code in (select jsonb_array_elements_text(?::jsonb)) or a.level_code = ?
       on conflict do nothing returning agency_id`,
      [procedureId, actor.principal.id, actor.now, json(codes), target.level ?? null]);
    return { added: rows.length, agencies: await catalogueAgencies(tx, procedureId) };
  });
}

/** Takes one agency out of the procedure's catalogue; dossiers already filed there are untouched. */
export async function removeFromCatalogue(em: EntityManager, code: string, agencyCode: string): Promise<void> {
  const rows = await sql(em,
    `delete from procedure_agency pa using procedure p, agency a
      where pa.procedure_id = p.id and pa.agency_id = a.id and p.code = ? and a.code = ? returning pa.agency_id`,
    [code, agencyCode]);
  if (rows.length === 0) {
    if (!(await findVersion(em, { code, state: 'latest' }))) throw new AppError('PROCEDURE_NOT_FOUND');
    throw new AppError('AGENCY_NOT_FOUND', [], 'Cơ quan này không có thủ tục trong danh mục.');
  }
}
