import type { FastifyInstance, FastifyReply } from 'fastify';
import { sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { OFFICER_OR_CITIZEN } from '../../identity/access';
import { dossierFor, readerOf, readerName, type DossierRecord, type Reader } from '../dossier-access';
import { loadProcedureFacts } from '../notices/dossier-facts';
import * as schemas from '../schemas';
import type { SignatureReport } from '../signatures/verify';
import { attachmentView, findAttachment, listAttachments, logAttachmentEvent, type Attachment } from './attachment-store';
import type { Uploader } from './attachment-service';
import { contentDisposition } from './file-names';
import { readUpload } from './multipart';

const tags = ['Tệp đính kèm'];
const COMPONENT_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** A citizen adds files while the dossier is being submitted or supplemented; officers until it closes. */
const CITIZEN_UPLOAD_STATUSES = ['submitted', 'supplement_requested'];

export function uploaderOf(reader: Reader): Uploader {
  return reader.kind === 'officer'
    ? { kind: 'officer', id: reader.principal.id, name: reader.principal.fullName }
    : { kind: 'citizen', id: reader.citizen.id, name: reader.citizen.fullName };
}

/** The bytes of a stored file, with its checksum and what its signatures look like now. */
export function sendStoredFile(reply: FastifyReply, attachment: Attachment, content: Buffer, report: SignatureReport, disposition: 'inline' | 'attachment' = 'attachment') {
  return reply
    .type(attachment.mediaType)
    .header('content-disposition', contentDisposition(disposition, attachment.originalName))
    .header('x-content-sha256', attachment.sha256)
    .header('x-signature-status', report.status)
    .header('cache-control', 'private, no-store')
    .send(content);
}

function requireUploadAllowed(reader: Reader, dossier: DossierRecord) {
  const open = reader.kind === 'citizen' ? CITIZEN_UPLOAD_STATUSES.includes(dossier.status) : dossier.completedAt === null;
  if (!open) throw new AppError('WRONG_DOSSIER_STATE', [], 'Hồ sơ ở trạng thái hiện tại không nhận thêm tệp đính kèm.');
}

/** Thành phần hồ sơ (F2): upload, list and download of a dossier's files, authorised like the dossier. */
export default async function attachmentRoutes(app: FastifyInstance) {
  const { attachments } = app.documents;
  const { config, clock } = app.deps;

  app.post('/api/dossiers/:code/attachments', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: {
      tags, summary: 'Đính kèm tệp cho một thành phần hồ sơ (multipart: componentCode, file)', consumes: ['multipart/form-data'],
      params: schemas.dossierCodeParams, response: { 201: schemas.attachmentView, ...schemas.errorResponses },
    },
  }, async (request, reply) => {
    const reader = readerOf(request);
    const db = sql(request.em);
    const dossier = await dossierFor(db, reader, (request.params as { code: string }).code);
    requireUploadAllowed(reader, dossier);
    const { fields, file } = await readUpload(request, config.documents.attachmentMaxBytes);
    const componentCode = fields.componentCode?.trim() ?? '';
    if (!COMPONENT_CODE.test(componentCode)) {
      throw new AppError('VALIDATION_FAILED', [{ path: '/componentCode', message: 'Mã thành phần hồ sơ là bắt buộc (chữ, số, dấu chấm, gạch).' }]);
    }
    const procedure = await loadProcedureFacts(db, dossier.procedureVersionId);
    const known = procedure?.components.map((c) => c.code) ?? [];
    if (known.length && !known.includes(componentCode)) {
      throw new AppError('UNKNOWN_COMPONENT', [{ path: '/componentCode', message: `Thủ tục có các thành phần: ${known.join(', ')}.` }]);
    }
    const inspected = await attachments.inspect(db, file);
    const stored = await request.em.transactional(async (tx) => {
      const txdb = sql(tx);
      const saved = await attachments.store(txdb, dossier, file, inspected, {
        purpose: 'component', componentCode, resultStage: null, derivedFrom: null, uploader: uploaderOf(reader), now: clock.now(),
      });
      await logAttachmentEvent(txdb, saved, 'attachment_added');
      return saved;
    });
    request.log.info({ dossier: dossier.code, attachment: stored.id, by: readerName(reader) }, 'attachment stored');
    return reply.status(201).send(attachmentView(stored));
  });

  app.get('/api/dossiers/:code/attachments', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Danh sách tệp của hồ sơ', params: schemas.dossierCodeParams, response: { 200: { type: 'array', items: schemas.attachmentView }, ...schemas.errorResponses } },
  }, async (request) => {
    const db = sql(request.em);
    const dossier = await dossierFor(db, readerOf(request), (request.params as { code: string }).code);
    const all = await listAttachments(db, dossier.id);
    // The applicant sees the result once it is issued, not its drafts.
    const visible = request.citizen ? all.filter((a) => a.purpose === 'component' || a.resultStage === 'agency_signed') : all;
    return visible.map(attachmentView);
  });

  app.get('/api/dossiers/:code/attachments/:id', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: {
      tags, summary: 'Tải tệp của hồ sơ (kiểm tra mã băm và chữ ký số khi tải)', params: schemas.attachmentParams,
      // A workspace shows scans in the page (PDF in a frame, images inline) instead of downloading them.
      querystring: { type: 'object', additionalProperties: false, properties: { inline: { type: 'boolean', default: false } } },
      response: { 200: schemas.fileResponse, ...schemas.errorResponses },
    },
  }, async (request, reply) => {
    const { code, id } = request.params as { code: string; id: number };
    const { inline } = request.query as { inline: boolean };
    const db = sql(request.em);
    const dossier = await dossierFor(db, readerOf(request), code);
    const attachment = await findAttachment(db, dossier.id, id);
    if (!attachment || (request.citizen && attachment.purpose === 'result' && attachment.resultStage !== 'agency_signed')) throw new AppError('ATTACHMENT_NOT_FOUND');
    const { content, report } = await attachments.read(db, attachment);
    return sendStoredFile(reply, attachment, content, report, inline ? 'inline' : 'attachment');
  });

  app.get('/api/dossiers/:code/attachments/:id/signatures', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Kiểm tra chữ ký số của tệp', params: schemas.attachmentParams, response: { 200: schemas.signatureReport, ...schemas.errorResponses } },
  }, async (request) => {
    const { code, id } = request.params as { code: string; id: number };
    const db = sql(request.em);
    const dossier = await dossierFor(db, readerOf(request), code);
    const attachment = await findAttachment(db, dossier.id, id);
    if (!attachment || (request.citizen && attachment.purpose === 'result' && attachment.resultStage !== 'agency_signed')) throw new AppError('ATTACHMENT_NOT_FOUND');
    const { report } = await attachments.read(db, attachment);
    const view = attachmentView({ ...attachment, signatureStatus: report.status, signatures: report.signatures });
    return { status: view.signatureStatus, signatures: view.signatures };
  });
}
