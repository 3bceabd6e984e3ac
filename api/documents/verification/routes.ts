import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { OFFICER_OR_CITIZEN, PUBLIC, can } from '../../identity/access';
import { currentResult, findAttachment, type Attachment } from '../attachments/attachment-store';
import { findDigitisedInScope } from '../digitised/digitised-results';
import { dossierFor, readerName, readerOf, type DossierRecord } from '../dossier-access';
import { sendPdf } from '../notices/routes';
import * as schemas from '../schemas';
import { makePaperCopy, type PaperCopySource } from './paper-copy';
import { findVerifiable } from './verifiable-documents';
import { verificationPage, verificationView } from './verification-page';

const tags = ['Xác thực giấy tờ'];
const verifyParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[0-9A-Za-z]{16}$' } } } as const;
const verifyView = {
  type: 'object',
  properties: {
    id: { type: 'string' }, kind: { type: 'string' }, kindLabel: { type: 'string' }, title: { type: 'string' }, code: { type: 'string' },
    issuer: { type: 'string' }, issuedAt: { type: 'string' }, issuedBy: { type: ['string', 'null'] }, sha256: { type: 'string' },
    copySha256: { type: ['string', 'null'] }, status: { type: 'string' }, matches: { type: 'boolean' },
  },
} as const;

/** A browser asks for HTML first; a program for JSON. */
const wantsHtml = (request: FastifyRequest) => {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') && accept.indexOf('text/html') < (accept.indexOf('application/json') + 1 || Infinity);
};

/** Bản giấy và xác thực (F4): paper copies with a verification QR code, and the public page it leads to. */
export default async function verificationRoutes(app: FastifyInstance) {
  const { renderer, attachments } = app.documents;
  const { clock, config } = app.deps;
  const copyDeps = { renderer, publicUrl: config.publicUrl };

  app.get('/api/verify/:id', {
    config: { access: PUBLIC, rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: {
      tags, summary: 'Xác thực giấy tờ theo mã in trên bản giấy (JSON, hoặc trang HTML cho trình duyệt)', params: verifyParams,
      querystring: { type: 'object', properties: { sha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' } } },
      response: { 200: verifyView, 404: { $ref: 'ErrorResponse#' } },
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const doc = await findVerifiable(sql(request.em), id);
    if (wantsHtml(request)) return reply.status(doc ? 200 : 404).type('text/html; charset=utf-8').send(verificationPage(doc, id));
    if (!doc) throw new AppError('VERIFICATION_NOT_FOUND');
    return verificationView(doc, (request.query as { sha256?: string }).sha256);
  });

  async function copyOf(db: Sql, dossier: DossierRecord, attachment: Attachment, title: string, code: string) {
    const { content, report } = await attachments.read(db, attachment);
    const source: PaperCopySource = {
      content, extension: attachment.extension, sha256: attachment.sha256, title, code, issuerName: dossier.agency.name, agencyId: dossier.agency.id,
      dossierId: dossier.id, signers: report.signatures.filter((s) => s.intact).map((s) => s.signer),
    };
    return source;
  }

  async function send(reply: FastifyReply, db: Sql, source: PaperCopySource, converter: string, fileName: string) {
    const copy = await makePaperCopy(copyDeps, db, source, converter, clock.now());
    reply.header('x-verification-id', copy.verificationId);
    return sendPdf(reply, { pdf: copy.pdf, fileName });
  }

  app.get('/api/dossiers/:code/attachments/:id/paper-copy.pdf', {
    config: { access: can('paper_copy', 'make') },
    schema: { tags, summary: 'Chuyển tệp của hồ sơ sang bản giấy có mã QR xác thực', params: schemas.attachmentParams, response: { 200: schemas.pdfResponse, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const { code, id } = request.params as { code: string; id: number };
    const db = sql(request.em);
    const dossier = await dossierFor(db, { kind: 'officer', principal: request.principal }, code);
    const attachment = await findAttachment(db, dossier.id, id);
    if (!attachment) throw new AppError('ATTACHMENT_NOT_FOUND');
    const label = attachment.purpose === 'result' ? `Kết quả giải quyết hồ sơ ${dossier.code}` : attachment.originalName;
    const source = await copyOf(db, dossier, attachment, label, attachment.componentCode ? `${dossier.code}/${attachment.componentCode}` : dossier.code);
    return send(reply, db, source, request.principal.fullName, `ban-giay-${dossier.code}-${attachment.id}.pdf`);
  });

  app.get('/api/dossiers/:code/result/paper-copy.pdf', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'In kết quả giải quyết ra bản giấy có mã QR xác thực', params: schemas.dossierCodeParams, response: { 200: schemas.pdfResponse, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const reader = readerOf(request);
    if (reader.kind === 'officer' && !app.permissions.allows(reader.principal.roles, { resource: 'paper_copy', action: 'make' })) throw new AppError('FORBIDDEN');
    const db = sql(request.em);
    const dossier = await dossierFor(db, reader, (request.params as { code: string }).code);
    const result = await currentResult(db, dossier.id);
    if (!result || (reader.kind === 'citizen' && result.resultStage !== 'agency_signed')) throw new AppError('RESULT_NOT_FOUND');
    const source = await copyOf(db, dossier, result, `Kết quả giải quyết hồ sơ ${dossier.code}: ${dossier.procedureName}`, dossier.code);
    return send(reply, db, source, readerName(reader), `ket-qua-${dossier.code}.pdf`);
  });

  app.get('/api/digitised-results/:id/paper-copy.pdf', {
    config: { access: can('paper_copy', 'make') },
    schema: { tags, summary: 'In kết quả đã số hóa ra bản giấy có mã QR xác thực', params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } }, response: { 200: schemas.pdfResponse, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const db = sql(request.em);
    const result = await findDigitisedInScope(db, request.principal, (request.params as { id: number }).id);
    if (!result.dossierCode || !result.attachmentId) throw new AppError('PAPER_COPY_UNSUPPORTED', [{ path: '/id', message: 'Kết quả số hóa này không kèm tệp.' }]);
    const dossier = await dossierFor(db, { kind: 'officer', principal: request.principal }, result.dossierCode);
    const attachment = await findAttachment(db, dossier.id, result.attachmentId);
    if (!attachment) throw new AppError('ATTACHMENT_NOT_FOUND');
    const source = await copyOf(db, dossier, attachment, result.documentName, result.documentNumber ?? `${result.documentTypeCode}-${result.id}`);
    source.issuerName = result.issuer ?? result.agencyName;
    return send(reply, db, source, request.principal.fullName, `ket-qua-so-hoa-${result.id}.pdf`);
  });
}
