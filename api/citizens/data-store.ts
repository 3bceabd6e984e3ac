import type { EntityManager } from '@mikro-orm/postgresql';
import { toIsoLocal } from '../calendar/local-time';
import { sql, type Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';

/**
 * Kho dữ liệu điện tử của tổ chức, cá nhân (C9; CT Điều 13, HT 4.3): what a signed-in citizen
 * gave or received before, kept for reuse:
 * - personal data: values typed in earlier forms (an address, a tax code), which the e-forms
 *   autofill as `personalData.<key>` (B4);
 * - documents: the files of their dossiers' components and their results (the `attachment`
 *   table of the documents feature), their digitised results (`digitised_result`), and any
 *   document another feature keeps for them through `keepCitizenDocument`.
 */

export interface StoredDocument {
  id: string;
  kind: 'component' | 'result' | 'digitised';
  name: string;
  dossierCode: string | null;
  procedureName: string | null;
  componentCode: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  createdAt: string;
  downloadUrl: string | null;
  /** Only documents kept in the store itself can be removed from it; dossier files stay with the dossier. */
  removable: boolean;
  /** Whether it can fill a component of a new dossier: it carries a file, and a digitised result is still valid. */
  reusable: boolean;
}

/**
 * The dossier files the store offers (alias `at`): not removed, and a result only once the agency
 * has issued it. The reuse route offers exactly these.
 */
export const REUSABLE_ATTACHMENT = `at.removed_at is null and (at.purpose = 'component' or at.result_stage is null or at.result_stage = 'agency_signed')`;

/** Keys the store accepts: the names forms use after `personalData.`. */
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export async function personalData(em: EntityManager, citizenId: number): Promise<Record<string, unknown>> {
  const row = await sql(em).one<{ data: Record<string, unknown> }>('select data from citizen_personal_data where citizen_id = ?', [citizenId]);
  return row?.data ?? {};
}

/** Merges values into the store; a null value forgets the key. */
export async function savePersonalData(em: EntityManager, citizenId: number, values: Record<string, unknown>, now: Date) {
  const bad = Object.keys(values).filter((key) => !KEY.test(key));
  if (bad.length) throw new AppError('VALIDATION_FAILED', bad.map((key) => ({ path: `/data/${key}`, message: 'Tên mục dữ liệu không hợp lệ.' })));
  const keep = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
  const forget = Object.keys(values).filter((key) => values[key] === null);
  await sql(em).run(
    `insert into citizen_personal_data (citizen_id, data, updated_at) values (?, ?::jsonb - array(select jsonb_array_elements_text(?::jsonb)), ?)
     on conflict (citizen_id) do update set data = (citizen_personal_data.data || excluded.data) - array(select jsonb_array_elements_text(?::jsonb)), updated_at = excluded.updated_at`,
    [citizenId, JSON.stringify(keep), JSON.stringify(forget), now, JSON.stringify(forget)],
  );
  return personalData(em, citizenId);
}

/** Hook for other features: keeps a copy of a citizen's document in their store. */
export async function keepCitizenDocument(db: Sql, document: {
  citizenId: number; kind: 'component' | 'result'; name: string; dossierCode?: string; procedureName?: string; componentCode?: string;
  fileName?: string; contentType?: string; sizeBytes?: number; storageKey?: string; checksum?: string; now: Date;
}): Promise<number> {
  const row = await db.one<{ id: string }>(
    `insert into citizen_document (citizen_id, kind, dossier_code, procedure_name, component_code, name, file_name, content_type, size_bytes,
                                   storage_key, checksum, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [document.citizenId, document.kind, document.dossierCode ?? null, document.procedureName ?? null, document.componentCode ?? null, document.name,
      document.fileName ?? null, document.contentType ?? null, document.sizeBytes ?? null, document.storageKey ?? null, document.checksum ?? null, document.now],
  );
  return Number(row!.id);
}

async function tableExists(db: Sql, table: string): Promise<boolean> {
  const row = await db.one<{ present: boolean }>('select to_regclass(?) is not null as present', [`public.${table}`]);
  return row?.present ?? false;
}

interface DocumentRow {
  id: string; kind: StoredDocument['kind']; name: string; dossier_code: string | null; procedure_name: string | null; component_code: string | null;
  file_name: string | null; content_type: string | null; size_bytes: string | null; created_at: Date; source: 'store' | 'attachment' | 'digitised';
  reusable: boolean;
}

export async function storedDocuments(
  em: EntityManager, citizen: { id: number; subject: string; idNumber: string | null }, today: string,
): Promise<StoredDocument[]> {
  const db = sql(em);
  const parts = [
    `select id::text, kind, name, dossier_code, procedure_name, component_code, file_name, content_type, size_bytes, created_at, 'store' as source,
            false as reusable
       from citizen_document where citizen_id = ? and hidden_at is null`,
  ];
  const params: unknown[] = [citizen.id];
  // The documents feature's tables arrive with its own migration; until then the store holds only its own rows.
  if (await tableExists(db, 'attachment')) {
    parts.push(`select at.id::text, at.purpose, at.original_name, d.code, d.procedure_name, at.component_code, at.original_name, at.media_type,
                       at.size_bytes, at.uploaded_at, 'attachment', true
                  from attachment at join dossier d on d.id = at.dossier_id
                 where d.applicant_subject = ? and ${REUSABLE_ATTACHMENT}`);
    params.push(citizen.subject);
  }
  if (citizen.idNumber && (await tableExists(db, 'digitised_result'))) {
    parts.push(`select r.id::text, 'digitised', r.document_name, d.code, d.procedure_name, null, null, null, null, r.created_at, 'digitised',
                       r.attachment_id is not null and (r.expires_on is null or r.expires_on >= ?::date)
                  from digitised_result r left join dossier d on d.id = r.dossier_id where r.holder_id_number = ?`);
    params.push(today, citizen.idNumber);
  }
  const rows = await db.all<DocumentRow>(
    `select * from (${parts.join(' union all ')}) docs(id, kind, name, dossier_code, procedure_name, component_code, file_name, content_type, size_bytes, created_at, source, reusable)
      order by created_at desc limit 500`, params,
  );
  return rows.map((row) => ({
    id: `${row.source}-${row.id}`, kind: row.kind, name: row.name, dossierCode: row.dossier_code, procedureName: row.procedure_name,
    componentCode: row.component_code, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    createdAt: toIsoLocal(row.created_at),
    downloadUrl: row.source === 'attachment' && row.dossier_code ? `/api/dossiers/${encodeURIComponent(row.dossier_code)}/attachments/${row.id}` : null,
    removable: row.source === 'store',
    reusable: row.reusable,
  }));
}

/** Removes a document kept in the store (not a dossier's own file). */
export async function forgetDocument(em: EntityManager, citizenId: number, id: string, now: Date): Promise<void> {
  const match = /^store-(\d+)$/.exec(id);
  const hidden = match
    ? await sql(em).run('update citizen_document set hidden_at = ? where id = ? and citizen_id = ? and hidden_at is null', [now, match[1], citizenId])
    : 0;
  if (hidden === 0) throw new AppError('DOCUMENT_NOT_FOUND');
}
