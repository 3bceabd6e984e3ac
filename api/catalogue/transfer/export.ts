import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../../calendar/local-time';
import { catalogueCodesOf } from '../agency-catalogue';
import type { ProcedureInput } from '../model';
import { sql } from '../sql';
import { VERSION_SELECT, versionFromRow } from '../version-store';
import { EXPORT_FORMAT, exportRecord } from './record-format';

export interface CatalogueExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  procedures: ProcedureInput[];
}

/** Xuất danh mục: every procedure's version in force, with its agencies, in national-code order. */
export async function exportCatalogue(em: EntityManager, now: Date): Promise<CatalogueExport> {
  const rows = await sql<Parameters<typeof versionFromRow>[0]>(em, `${VERSION_SELECT} where v.status = 'published' order by p.code`);
  const versions = rows.map(versionFromRow);
  const agencies = await catalogueCodesOf(em, versions.map((v) => v.procedureId));
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: toIsoLocal(now),
    procedures: versions.map((version) => exportRecord(version, agencies.get(version.procedureId) ?? [])),
  };
}
