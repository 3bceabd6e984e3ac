import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProcedureVersion, VersionStatus } from './model';
import { sql } from './sql';
import { VERSION_SELECT, versionFromRow } from './version-store';

/**
 * The back office's list: with a status, every version in that status (the drafts and the
 * versions awaiting review, say); without one, each procedure's latest version.
 */
export async function listForStaff(
  em: EntityManager, filter: { status?: VersionStatus; q?: string; page: number; pageSize: number },
): Promise<{ items: ProcedureVersion[]; total: number }> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    conditions.push('v.status = ?');
    params.push(filter.status);
  } else {
    conditions.push('v.version = (select max(version) from procedure_version where procedure_id = v.procedure_id)');
  }
  if (filter.q?.trim()) {
    conditions.push(`(v.search_name like '%' || search_normalize(?) || '%' or p.code like ?)`);
    params.push(filter.q.trim(), `${filter.q.trim()}%`);
  }
  const rows = await sql<Parameters<typeof versionFromRow>[0] & { total: string }>(em,
    `${VERSION_SELECT.replace('select v.*,', 'select v.*, count(*) over () as total,')}
      where ${conditions.join(' and ')}
      order by v.updated_at desc, p.code
      limit ? offset ?`,
    [...params, filter.pageSize, (filter.page - 1) * filter.pageSize]);
  return { items: rows.map(versionFromRow), total: rows.length > 0 ? Number(rows[0].total) : 0 };
}
