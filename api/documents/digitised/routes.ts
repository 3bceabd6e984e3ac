import type { FastifyInstance } from 'fastify';
import { localDate } from '../../calendar/local-time';
import { sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { OFFICER_OR_CITIZEN, SIGNED_IN, can } from '../../identity/access';
import { attachmentView, findAttachment, insertAttachment, logAttachmentEvent } from '../attachments/attachment-store';
import { uploaderOf } from '../attachments/routes';
import { dossierFor, readerOf } from '../dossier-access';
import * as schemas from '../schemas';
import {
  digitisedProblems, digitisedView, findDigitised, findDigitisedInScope, insertDigitised, reusableFor, searchDigitised, type NewDigitisedResult,
} from './digitised-results';

const tags = ['Kho số hóa kết quả'];
const text = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;
const date = { type: ['string', 'null'], format: 'date' } as const;

const newResultBody = {
  type: 'object', additionalProperties: false, required: ['documentTypeCode', 'documentName', 'holder'],
  properties: {
    documentTypeCode: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,50}$' },
    documentName: { type: 'string', minLength: 2, maxLength: 500 },
    documentNumber: text(100),
    summary: text(4000),
    holder: {
      type: 'object', additionalProperties: false,
      properties: { idNumber: { type: ['string', 'null'], pattern: '^[0-9A-Za-z-]{9,14}$' }, fullName: text(200), birthYear: { type: ['integer', 'null'], minimum: 1880, maximum: 2100 } },
    },
    issuedOn: date, issuer: text(300), expiresOn: date, validityScope: text(1000), note: text(2000),
    extra: { type: 'object', maxProperties: 30, additionalProperties: { type: 'string', maxLength: 500 } },
    dossierCode: { type: 'string', maxLength: 80 },
    attachmentId: { type: 'integer', minimum: 1 },
  },
} as const;

const resultView = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, agencyCode: { type: 'string' }, agencyName: { type: 'string' }, dossierCode: { type: ['string', 'null'] },
    attachmentId: { type: ['integer', 'null'] }, documentTypeCode: { type: 'string' }, documentNumber: { type: ['string', 'null'] },
    documentName: { type: 'string' }, summary: { type: ['string', 'null'] },
    holder: { type: 'object', properties: { idNumber: { type: ['string', 'null'] }, fullName: { type: ['string', 'null'] }, birthYear: { type: ['integer', 'null'] } } },
    issuedOn: { type: ['string', 'null'] }, issuer: { type: ['string', 'null'] }, expiresOn: { type: ['string', 'null'] },
    validityScope: { type: ['string', 'null'] }, note: { type: ['string', 'null'] }, missingFields: { type: 'array', items: { type: 'string' } },
    extra: { type: 'object', additionalProperties: { type: 'string' } }, createdAt: { type: 'string' },
  },
} as const;

const searchQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    holderIdNumber: { type: 'string', maxLength: 14 }, documentTypeCode: { type: 'string', maxLength: 50 }, q: { type: 'string', maxLength: 200 },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
  },
} as const;

const reuseBody = {
  type: 'object', additionalProperties: false, required: ['componentCode', 'digitisedResultId'],
  properties: { componentCode: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' }, digitisedResultId: { type: 'integer', minimum: 1 } },
} as const;

/** Kho số hóa kết quả giải quyết TTHC (F3): digitise, search in scope, and offer for reuse. */
export default async function digitisedRoutes(app: FastifyInstance) {
  const { clock } = app.deps;

  app.post('/api/digitised-results', {
    config: { access: can('digitised_result', 'manage') },
    schema: { tags, summary: 'Số hóa một kết quả giải quyết (siêu dữ liệu theo Điều 9.3b)', body: newResultBody, response: { 201: resultView, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const body = request.body as NewDigitisedResult & { dossierCode?: string; attachmentId?: number };
    const principal = request.principal;
    const { problems, missing } = digitisedProblems(body);
    if (problems.length) throw new AppError('DIGITISED_RESULT_INCOMPLETE', problems);
    const db = sql(request.em);
    let agencyId = principal.agencyId;
    let dossierId: number | null = null;
    if (body.dossierCode) {
      const dossier = await dossierFor(db, { kind: 'officer', principal }, body.dossierCode);
      agencyId = dossier.agency.id;
      dossierId = dossier.id;
      if (body.attachmentId && !(await findAttachment(db, dossier.id, body.attachmentId))) throw new AppError('ATTACHMENT_NOT_FOUND');
    } else if (body.attachmentId) {
      throw new AppError('VALIDATION_FAILED', [{ path: '/attachmentId', message: 'Tệp kết quả phải thuộc một hồ sơ (dossierCode).' }]);
    }
    if (agencyId === null) throw new AppError('VALIDATION_FAILED', [{ path: '/dossierCode', message: 'Tài khoản không thuộc cơ quan nào: hãy nêu hồ sơ.' }]);
    const saved = await insertDigitised(db, body, missing, { agencyId, dossierId, attachmentId: body.attachmentId ?? null, createdBy: principal.id });
    return reply.status(201).send(digitisedView(saved));
  });

  app.get('/api/digitised-results', {
    config: { access: SIGNED_IN },
    schema: { tags, summary: 'Tra cứu kho số hóa (theo số định danh, loại giấy tờ, từ khóa) trong phạm vi cơ quan', querystring: searchQuery, response: { 200: { type: 'array', items: resultView }, ...schemas.errorResponses } },
  }, async (request) => (await searchDigitised(sql(request.em), request.principal, request.query as never)).map(digitisedView));

  app.get('/api/digitised-results/:id', {
    config: { access: SIGNED_IN },
    schema: { tags, summary: 'Một kết quả số hóa', params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } }, response: { 200: resultView, ...schemas.errorResponses } },
  }, async (request) => digitisedView(await findDigitisedInScope(sql(request.em), request.principal, (request.params as { id: number }).id)));

  app.get('/api/dossiers/:code/reusable-results', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Kết quả còn hiệu lực của người nộp, dùng lại cho hồ sơ này', params: schemas.dossierCodeParams, response: { 200: { type: 'array', items: resultView }, ...schemas.errorResponses } },
  }, async (request) => {
    const db = sql(request.em);
    const dossier = await dossierFor(db, readerOf(request), (request.params as { code: string }).code);
    if (!dossier.applicant.idNumber) return [];
    return (await reusableFor(db, dossier.applicant.idNumber, localDate(clock.now()))).map(digitisedView);
  });

  app.post('/api/dossiers/:code/attachments/reuse', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Dùng lại tệp của một kết quả đã số hóa cho một thành phần hồ sơ', params: schemas.dossierCodeParams, body: reuseBody, response: { 201: schemas.attachmentView, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const reader = readerOf(request);
    const { componentCode, digitisedResultId } = request.body as { componentCode: string; digitisedResultId: number };
    const db = sql(request.em);
    const dossier = await dossierFor(db, reader, (request.params as { code: string }).code);
    const open = reader.kind === 'citizen' ? ['submitted', 'supplement_requested'].includes(dossier.status) : dossier.completedAt === null;
    if (!open) throw new AppError('WRONG_DOSSIER_STATE', [], 'Hồ sơ ở trạng thái hiện tại không nhận thêm tệp đính kèm.');
    const result = await findDigitised(db, digitisedResultId);
    const usable = result && dossier.applicant.idNumber && result.holder.idNumber === dossier.applicant.idNumber
      && (!result.expiresOn || result.expiresOn >= localDate(clock.now()));
    if (!result || !usable) throw new AppError('DIGITISED_RESULT_NOT_FOUND');
    const source = result.attachmentId && result.dossierId ? await findAttachment(db, result.dossierId, result.attachmentId) : undefined;
    if (!source) throw new AppError('VALIDATION_FAILED', [{ path: '/digitisedResultId', message: 'Kết quả số hóa này không kèm tệp để dùng lại.' }]);
    const uploader = uploaderOf(reader);
    const saved = await request.em.transactional(async (tx) => {
      const txdb = sql(tx);
      // Stored files never change (every read checks the checksum), so the new row can point at the same one.
      const row = await insertAttachment(txdb, {
        ...source, dossierId: dossier.id, purpose: 'component', componentCode, resultStage: null, derivedFrom: source.id,
        uploadedByKind: uploader.kind, uploadedById: uploader.id, uploadedByName: uploader.name, uploadedAt: clock.now(),
      });
      await logAttachmentEvent(txdb, row, 'attachment_reused', `Dùng lại kết quả số hóa: ${result.documentName}`);
      return row;
    });
    return reply.status(201).send(attachmentView(saved));
  });
}
