import { toIsoLocal } from '../../calendar/local-time';
import type { Sql } from '../../db/sql';
import { appendHistory } from '../../workflow/history';
import { asDate, asInstant } from '../sql-dates';
import type { DocumentSignatureStatus, SignatureCheck } from '../signatures/verify';

export type ResultStage = 'draft' | 'officer_signed' | 'agency_signed';

/** Một tệp của hồ sơ: a component scan or the result, with what we know of its content. */
export interface Attachment {
  id: number;
  dossierId: number;
  purpose: 'component' | 'result';
  componentCode: string | null;
  originalName: string;
  storageKey: string;
  mediaType: string;
  extension: string;
  size: number;
  sha256: string;
  signatureStatus: DocumentSignatureStatus;
  signatures: SignatureCheck[];
  resultStage: ResultStage | null;
  derivedFrom: number | null;
  uploadedByKind: 'officer' | 'citizen';
  uploadedById: number | null;
  uploadedByName: string;
  uploadedAt: Date;
}

export type NewAttachment = Omit<Attachment, 'id'>;

interface Row {
  id: string; dossier_id: string; purpose: Attachment['purpose']; component_code: string | null; original_name: string; storage_key: string;
  media_type: string; extension: string; size_bytes: string; sha256: string; signature_status: DocumentSignatureStatus;
  signatures: (Omit<SignatureCheck, 'signedAt'> & { signedAt: string | null })[]; result_stage: ResultStage | null; derived_from: string | null;
  uploaded_by_kind: Attachment['uploadedByKind']; uploaded_by_id: number | null; uploaded_by_name: string; uploaded_at: Date;
}

function toAttachment(row: Row): Attachment {
  return {
    id: Number(row.id), dossierId: Number(row.dossier_id), purpose: row.purpose, componentCode: row.component_code, originalName: row.original_name,
    storageKey: row.storage_key, mediaType: row.media_type, extension: row.extension, size: Number(row.size_bytes), sha256: row.sha256,
    signatureStatus: row.signature_status, signatures: (row.signatures ?? []).map((s) => ({ ...s, signedAt: asDate(s.signedAt) })),
    resultStage: row.result_stage, derivedFrom: row.derived_from === null ? null : Number(row.derived_from), uploadedByKind: row.uploaded_by_kind,
    uploadedById: row.uploaded_by_id, uploadedByName: row.uploaded_by_name, uploadedAt: asInstant(row.uploaded_at),
  };
}

export async function insertAttachment(db: Sql, a: NewAttachment): Promise<Attachment> {
  const row = await db.one<Row>(
    `insert into attachment (dossier_id, purpose, component_code, original_name, storage_key, media_type, extension, size_bytes, sha256,
                             signature_status, signatures, result_stage, derived_from, uploaded_by_kind, uploaded_by_id, uploaded_by_name, uploaded_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
    [a.dossierId, a.purpose, a.componentCode, a.originalName, a.storageKey, a.mediaType, a.extension, a.size, a.sha256, a.signatureStatus,
      JSON.stringify(a.signatures), a.resultStage, a.derivedFrom, a.uploadedByKind, a.uploadedById, a.uploadedByName, a.uploadedAt],
  );
  return toAttachment(row!);
}

export async function listAttachments(db: Sql, dossierId: number): Promise<Attachment[]> {
  const rows = await db.all<Row>('select * from attachment where dossier_id = ? and removed_at is null order by id', [dossierId]);
  return rows.map(toAttachment);
}

export async function findAttachment(db: Sql, dossierId: number, id: number): Promise<Attachment | undefined> {
  const row = await db.one<Row>('select * from attachment where dossier_id = ? and id = ? and removed_at is null', [dossierId, id]);
  return row ? toAttachment(row) : undefined;
}

/** The dossier's result as it stands: the latest result file. */
export async function currentResult(db: Sql, dossierId: number): Promise<Attachment | undefined> {
  const row = await db.one<Row>(
    `select * from attachment where dossier_id = ? and purpose = 'result' and removed_at is null order by id desc limit 1`, [dossierId],
  );
  return row ? toAttachment(row) : undefined;
}

/** Nhật ký (D12): adding a file is a step of the dossier's history, with who and when. */
export async function logAttachmentEvent(db: Sql, a: Attachment, kind: string, comment: string | null = null): Promise<void> {
  const officer = a.uploadedByKind === 'officer';
  await appendHistory(db, {
    dossierId: a.dossierId, at: a.uploadedAt, kind, comment, attachmentIds: [a.id],
    actor: { id: officer ? a.uploadedById : null, name: a.uploadedByName, role: officer ? null : 'citizen' },
    data: { attachmentId: a.id, componentCode: a.componentCode, name: a.originalName, sha256: a.sha256, resultStage: a.resultStage },
  });
}

export function attachmentView(a: Attachment) {
  return {
    id: a.id, purpose: a.purpose, componentCode: a.componentCode, originalName: a.originalName, mediaType: a.mediaType, extension: a.extension,
    size: a.size, sha256: a.sha256, signatureStatus: a.signatureStatus,
    signatures: a.signatures.map((s) => ({ ...s, signedAt: s.signedAt ? toIsoLocal(s.signedAt) : null })),
    resultStage: a.resultStage, uploadedBy: a.uploadedByName, uploadedAt: toIsoLocal(a.uploadedAt),
  };
}
