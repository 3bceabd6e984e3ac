import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../calendar/local-time';
import { AppError } from '../errors/catalogue';
import { sql, toDate } from './sql';

/**
 * Kết quả chạy thử (A5; CT phụ lục, bước 5 "nhập kết quả kiểm thử trên hệ thống"). A run counts
 * for the version and the revision it ran on: editing the draft afterwards calls for a new run.
 */
export interface TestRunView {
  id: number;
  version: number;
  revision: number;
  outcome: 'passed' | 'failed';
  notes: string;
  dossierCode: string | null;
  runBy: string | null;
  runAt: string;
}

export const testRunResponse = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, version: { type: 'integer' }, revision: { type: 'integer' }, outcome: { type: 'string' },
    notes: { type: 'string' }, dossierCode: { type: ['string', 'null'] }, runBy: { type: ['string', 'null'] }, runAt: { type: 'string' },
  },
} as const;

export async function listTestRuns(em: EntityManager, code: string): Promise<TestRunView[]> {
  const procedure = await sql(em, 'select id from procedure where code = ?', [code]);
  if (procedure.length === 0) throw new AppError('PROCEDURE_NOT_FOUND');
  const rows = await sql<{
    id: number; version: number; revision: number; outcome: 'passed' | 'failed'; notes: string; dossier_code: string | null;
    username: string | null; run_at: string;
  }>(em,
    `select t.id, v.version, t.revision, t.outcome, t.notes, t.dossier_code, u.username, t.run_at
       from procedure_test_run t
       join procedure_version v on v.id = t.version_id
       join procedure p on p.id = v.procedure_id
       left join app_user u on u.id = t.run_by
      where p.code = ? order by t.run_at desc, t.id desc`, [code]);
  return rows.map((row) => ({
    id: row.id, version: row.version, revision: row.revision, outcome: row.outcome, notes: row.notes,
    dossierCode: row.dossier_code, runBy: row.username, runAt: toIsoLocal(toDate(row.run_at)),
  }));
}
