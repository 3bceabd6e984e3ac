import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../db/sql';

/** A signed-in citizen or organisation (công dân, tổ chức), as citizen routes see them. */
export interface CitizenPrincipal {
  kind: 'citizen';
  id: number;
  /** The identity provider's stable subject; dossiers submitted online carry it. */
  subject: string;
  fullName: string;
  idNumber: string | null;
  taxCode: string | null;
  tokenVersion: number;
}

export async function loadCitizen(em: EntityManager, id: number): Promise<CitizenPrincipal | null> {
  const row = await sql(em).one<{ id: number; subject: string; full_name: string; id_number: string | null; tax_code: string | null; token_version: number }>(
    'select id, subject, full_name, id_number, tax_code, token_version from citizen where id = ?', [id],
  );
  if (!row) return null;
  return {
    kind: 'citizen', id: row.id, subject: row.subject, fullName: row.full_name, idNumber: row.id_number, taxCode: row.tax_code,
    tokenVersion: row.token_version,
  };
}
