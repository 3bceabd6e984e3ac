import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type Sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { OFFICER_OR_CITIZEN, can } from '../../identity/access';
import { attachmentView, currentResult, logAttachmentEvent, type Attachment, type ResultStage } from '../attachments/attachment-store';
import { readUpload } from '../attachments/multipart';
import { sendStoredFile, uploaderOf } from '../attachments/routes';
import type { SignerIdentity } from '../connectors/signing';
import { dossierFor, placeName, readerOf, type DossierRecord } from '../dossier-access';
import * as schemas from '../schemas';
import { newVerificationId, recordVerifiable } from '../verification/verifiable-documents';
import { signPdf } from './sign-pdf';
import type { SignatureReport } from './verify';

const tags = ['Kết quả giải quyết'];
const signBody = {
  type: 'object', additionalProperties: false, required: ['as'],
  properties: { as: { type: 'string', enum: ['officer', 'agency'] } },
} as const;
const resultResponse = { type: 'object', properties: { ...schemas.attachmentView.properties, verificationId: { type: ['string', 'null'] } } } as const;

/** Statuses in which a result may be attached or signed: the dossier is being processed or its result awaits return. */
const RESULT_STATUSES = ['processing', 'result_ready', 'not_resolved'];

function stageOf(report: SignatureReport): ResultStage {
  const intact = report.signatures.filter((s) => s.intact).length;
  return intact === 0 ? 'draft' : intact === 1 ? 'officer_signed' : 'agency_signed';
}

function refuseBroken(report: SignatureReport) {
  if (report.status === 'tampered' || report.status === 'modified_after_signing') {
    throw new AppError('SIGNATURE_INVALID', report.signatures.filter((s) => s.problem).map((s) => ({ path: '/file', message: `${s.signer}: ${s.problem}` })));
  }
}

/**
 * Kết quả giải quyết (D11): the result PDF is attached, signed personally by the competent
 * officer, then by the agency; each signature is a new version of the file, the previous kept.
 * The applicant sees the result once the agency has signed it.
 */
export default async function resultRoutes(app: FastifyInstance) {
  const { attachments, signing } = app.documents;
  const { clock, config } = app.deps;

  async function officerDossier(request: FastifyRequest): Promise<{ db: Sql; dossier: DossierRecord }> {
    const db = sql(request.em);
    const dossier = await dossierFor(db, { kind: 'officer', principal: request.principal }, (request.params as { code: string }).code);
    if (!RESULT_STATUSES.includes(dossier.status)) throw new AppError('WRONG_DOSSIER_STATE', [], 'Hồ sơ ở trạng thái hiện tại không nhận kết quả giải quyết.');
    return { db, dossier };
  }

  async function visibleResult(request: FastifyRequest): Promise<{ db: Sql; result: Attachment }> {
    const db = sql(request.em);
    const dossier = await dossierFor(db, readerOf(request), (request.params as { code: string }).code);
    const result = await currentResult(db, dossier.id);
    if (!result || (request.citizen && result.resultStage !== 'agency_signed')) throw new AppError('RESULT_NOT_FOUND');
    return { db, result };
  }

  app.post('/api/dossiers/:code/result', {
    config: { access: can('result', 'upload') },
    schema: { tags, summary: 'Đính kèm bản kết quả giải quyết (PDF) để trình ký', consumes: ['multipart/form-data'], params: schemas.dossierCodeParams, response: { 201: resultResponse, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const { db, dossier } = await officerDossier(request);
    const { file } = await readUpload(request, config.documents.attachmentMaxBytes);
    const inspected = await attachments.inspect(db, file, ['pdf']);
    refuseBroken(inspected.report);
    const stored = await request.em.transactional(async (tx) => {
      const txdb = sql(tx);
      const saved = await attachments.store(txdb, dossier, file, inspected, {
        purpose: 'result', componentCode: null, resultStage: stageOf(inspected.report), derivedFrom: null, uploader: uploaderOf(readerOf(request)), now: clock.now(),
      });
      await logAttachmentEvent(txdb, saved, 'result_attached');
      return saved;
    });
    return reply.status(201).send({ ...attachmentView(stored), verificationId: null });
  });

  app.post('/api/dossiers/:code/result/sign', {
    config: { access: can('result', 'upload') },
    schema: { tags, summary: 'Ký số kết quả: người có thẩm quyền ký trước (as: officer), cơ quan ký sau (as: agency)', params: schemas.dossierCodeParams, body: signBody, response: { 200: resultResponse, ...schemas.errorResponses } },
  }, async (request) => {
    const { as } = request.body as { as: 'officer' | 'agency' };
    const principal = request.principal;
    if (!app.permissions.allows(principal.roles, { resource: 'result', action: as === 'officer' ? 'sign_personal' : 'sign_agency' })) {
      throw new AppError('FORBIDDEN', [], as === 'officer' ? 'Chỉ lãnh đạo có thẩm quyền được ký kết quả.' : 'Chỉ văn thư được ký số của cơ quan lên kết quả.');
    }
    const { db, dossier } = await officerDossier(request);
    const current = await currentResult(db, dossier.id);
    if (!current) throw new AppError('RESULT_NOT_FOUND');
    const expected: ResultStage = as === 'officer' ? 'draft' : 'officer_signed';
    if (current.resultStage !== expected) {
      throw new AppError('RESULT_SIGNING_ORDER', [], as === 'officer' && current.resultStage !== 'draft'
        ? 'Kết quả này đã được người có thẩm quyền ký.'
        : current.resultStage === 'agency_signed' ? 'Kết quả đã được cơ quan ký số và phát hành.' : undefined);
    }
    const { content, report } = await attachments.read(db, current);
    refuseBroken(report);
    const now = clock.now();
    const signer: SignerIdentity = as === 'officer'
      ? { kind: 'officer', id: principal.id, commonName: principal.fullName, organisation: dossier.agency.name, username: principal.username }
      : { kind: 'agency', id: dossier.agency.id, commonName: dossier.agency.name, organisation: dossier.agency.parentName ?? dossier.agency.name, agencyCode: dossier.agency.code };
    const key = await signing.keyFor(db, signer, now);
    const signed = await signPdf(content, key, {
      reason: as === 'officer' ? `Phê duyệt kết quả giải quyết hồ sơ ${dossier.code}` : `Phát hành kết quả giải quyết hồ sơ ${dossier.code}`,
      signerName: signer.commonName, location: placeName(dossier.agency.rootName), signingTime: now,
    });
    const file = { name: current.originalName, content: signed };
    const inspected = await attachments.inspect(db, file, ['pdf']);
    if (inspected.report.status === 'tampered' || inspected.report.status === 'modified_after_signing') throw new Error('a fresh signature does not verify');
    return request.em.transactional(async (tx) => {
      const txdb = sql(tx);
      const saved = await attachments.store(txdb, dossier, file, inspected, {
        purpose: 'result', componentCode: null, resultStage: as === 'officer' ? 'officer_signed' : 'agency_signed', derivedFrom: current.id,
        uploader: uploaderOf(readerOf(request)), now,
      });
      await logAttachmentEvent(txdb, saved, 'result_signed', as === 'officer' ? 'Người có thẩm quyền ký số' : 'Cơ quan ký số phát hành');
      let verificationId: string | null = null;
      if (as === 'agency') {
        verificationId = newVerificationId();
        await recordVerifiable(txdb, {
          id: verificationId, kind: 'result', title: `Kết quả giải quyết hồ sơ ${dossier.code}: ${dossier.procedureName}`, code: dossier.code,
          issuerName: dossier.agency.name, agencyId: dossier.agency.id, dossierId: dossier.id, sha256: saved.sha256, copySha256: null, issuedAt: now,
          issuedByName: principal.fullName,
        });
      }
      return { ...attachmentView(saved), verificationId };
    });
  });

  app.get('/api/dossiers/:code/result', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Kết quả giải quyết hiện tại và kiểm tra chữ ký số', params: schemas.dossierCodeParams, response: { 200: resultResponse, ...schemas.errorResponses } },
  }, async (request) => {
    const { db, result } = await visibleResult(request);
    const { report } = await attachments.read(db, result);
    return { ...attachmentView({ ...result, signatureStatus: report.status, signatures: report.signatures }), verificationId: null };
  });

  app.get('/api/dossiers/:code/result.pdf', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Tải kết quả giải quyết (PDF có chữ ký số)', params: schemas.dossierCodeParams, response: { 200: schemas.pdfResponse, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const { db, result } = await visibleResult(request);
    const { content, report } = await attachments.read(db, result);
    return sendStoredFile(reply, result, content, report, 'inline');
  });
}
