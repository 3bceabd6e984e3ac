import type { Sql } from '../db/sql';
import { localDate } from '../calendar/local-time';

/**
 * Mã hồ sơ (D3): `<agency code>-<YYMMDD>-<4-digit sequence of that agency and day>`.
 * The counter row is incremented inside the caller's transaction: concurrent receptions queue
 * on its row lock, so codes are unique, and a rolled-back reception returns its number, so the
 * daily sequence has no gaps.
 */
export async function nextDossierCode(db: Sql, agency: { id: number; code: string }, at: Date): Promise<string> {
  const day = localDate(at);
  const row = await db.one<{ last: number }>(
    `insert into dossier_sequence (agency_id, day, last) values (?, ?, 1)
     on conflict (agency_id, day) do update set last = dossier_sequence.last + 1
     returning last`,
    [agency.id, day],
  );
  const sequence = String(row!.last).padStart(4, '0');
  return `${agency.code}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${sequence}`;
}
