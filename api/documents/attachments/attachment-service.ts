import { createHash, randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import type { FileStore } from '../connectors/storage';
import type { SigningConnector } from '../connectors/signing';
import type { DossierRecord } from '../dossier-access';
import { verifyPdfSignatures, type SignatureReport } from '../signatures/verify';
import { insertAttachment, type Attachment, type ResultStage } from './attachment-store';
import { imageProblem, zipProblem } from './content-checks';
import { displayName } from './file-names';
import { acceptedFormats, sniff, ZIP_BASED, type DetectedType } from './file-types';
import type { IncomingFile } from './multipart';

/** What the content of an upload turned out to be. */
export interface Inspected {
  type: DetectedType;
  sha256: string;
  report: SignatureReport;
}

export interface Uploader {
  kind: 'officer' | 'citizen';
  id: number | null;
  name: string;
}

export const sha256Hex = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Tệp của hồ sơ (F2): every upload is recognised from its content, checked, hashed and, when it
 * is a PDF, its signatures verified; stored under a name of our own. Every read checks the
 * checksum again, so a file altered in storage is caught before anyone relies on it.
 */
export class AttachmentService {
  constructor(private readonly deps: { files: FileStore; signing: SigningConnector; officeTypes: readonly string[]; log: FastifyBaseLogger }) {}

  async inspect(db: Sql, file: IncomingFile, only?: readonly string[]): Promise<Inspected> {
    const name = displayName(file.name);
    const sniffed = await sniff(file.content, name, this.deps.officeTypes);
    const formats = only ?? acceptedFormats(this.deps.officeTypes);
    if (!sniffed.accepted || !formats.includes(sniffed.type.extension)) {
      const found = sniffed.accepted ? sniffed.type.extension : sniffed.found;
      throw new AppError('FILE_TYPE_REFUSED', [{
        path: '/file',
        message: `Nội dung tệp "${name}" ${found ? `là định dạng ${found}` : 'không thuộc định dạng nào nhận biết được'}; hệ thống chỉ nhận: ${formats.join(', ')}.`,
      }]);
    }
    const problem = ZIP_BASED.has(sniffed.type.extension) ? zipProblem(file.content) : imageProblem(file.content, sniffed.type.extension);
    if (problem) throw new AppError('ATTACHMENT_INVALID', [{ path: '/file', message: problem }]);
    const report = sniffed.type.extension === 'pdf'
      ? verifyPdfSignatures(file.content, await this.deps.signing.trustAnchors(db))
      : { status: 'none' as const, signatures: [] };
    return { type: sniffed.type, sha256: sha256Hex(file.content), report };
  }

  async store(
    db: Sql, dossier: DossierRecord, file: IncomingFile, inspected: Inspected, meta: {
      purpose: 'component' | 'result'; componentCode: string | null; resultStage: ResultStage | null; derivedFrom: number | null; uploader: Uploader; now: Date;
    },
  ): Promise<Attachment> {
    const key = `${meta.purpose === 'result' ? 'results' : 'attachments'}/${dossier.id}/${randomUUID()}.${inspected.type.extension}`;
    await this.deps.files.put(key, file.content);
    return insertAttachment(db, {
      dossierId: dossier.id, purpose: meta.purpose, componentCode: meta.componentCode, originalName: displayName(file.name), storageKey: key,
      mediaType: inspected.type.mediaType, extension: inspected.type.extension, size: file.content.length, sha256: inspected.sha256,
      signatureStatus: inspected.report.status, signatures: inspected.report.signatures, resultStage: meta.resultStage, derivedFrom: meta.derivedFrom,
      uploadedByKind: meta.uploader.kind, uploadedById: meta.uploader.id, uploadedByName: meta.uploader.name, uploadedAt: meta.now,
    });
  }

  /** The stored bytes, after checking them against the checksum taken at upload; PDFs have their signatures checked again. */
  async read(db: Sql, attachment: Pick<Attachment, 'storageKey' | 'sha256' | 'extension'>): Promise<{ content: Buffer; report: SignatureReport }> {
    const content = await this.deps.files.get(attachment.storageKey);
    if (sha256Hex(content) !== attachment.sha256) {
      this.deps.log.error({ key: attachment.storageKey }, 'stored file does not match its checksum');
      throw new AppError('STORED_FILE_CORRUPTED');
    }
    const report = attachment.extension === 'pdf'
      ? verifyPdfSignatures(content, await this.deps.signing.trustAnchors(db))
      : { status: 'none' as const, signatures: [] };
    return { content, report };
  }
}
