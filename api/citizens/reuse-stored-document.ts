import type { FastifyInstance } from 'fastify';
import { sql } from '../db/sql';
import { findAttachment, insertAttachment, logAttachmentEvent, attachmentView } from '../documents/attachments/attachment-store';
import { uploaderOf } from '../documents/attachments/routes';
import { dossierFor } from '../documents/dossier-access';
import { loadProcedureFacts } from '../documents/notices/dossier-facts';
import * as documentSchemas from '../documents/schemas';
import { AppError } from '../errors/catalogue';
import { CITIZEN } from '../identity/access';
import { REUSABLE_ATTACHMENT } from './data-store';

/** A citizen adds files while submitting or supplementing; after that the dossier is the agency's. */
const OPEN_TO_CITIZEN = ['submitted', 'supplement_requested'];

const body = {
  type: 'object', additionalProperties: false, required: ['componentCode', 'documentId'],
  properties: {
    componentCode: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
    documentId: { type: 'string', pattern: '^attachment-[0-9]{1,18}$' },
  },
} as const;

/**
 * Dùng lại giấy tờ trong kho dữ liệu (C9; CT Điều 13, HT 8.5): a file of one of the citizen's
 * earlier dossiers (a component they gave, or a result they received) becomes a component of a
 * dossier they are submitting, without uploading it again. The stored file is shared, not copied:
 * files never change, and every read checks the checksum. Digitised results are reused through
 * POST /api/dossiers/{code}/attachments/reuse, which the documents feature owns.
 */
export async function reuseStoredDocumentRoutes(app: FastifyInstance) {
  const { clock } = app.deps;

  app.post('/api/citizen/dossiers/:code/attachments/from-store', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: kho dữ liệu'], summary: 'Dùng một tệp trong kho dữ liệu (của hồ sơ trước) cho một thành phần hồ sơ',
      params: documentSchemas.dossierCodeParams, body, response: { 201: documentSchemas.attachmentView, ...documentSchemas.errorResponses },
    },
  }, async (request, reply) => {
    const citizen = request.citizen!;
    const reader = { kind: 'citizen' as const, citizen };
    const { componentCode, documentId } = request.body as { componentCode: string; documentId: string };
    const db = sql(request.em);
    const dossier = await dossierFor(db, reader, (request.params as { code: string }).code);
    if (!OPEN_TO_CITIZEN.includes(dossier.status)) throw new AppError('WRONG_DOSSIER_STATE', [], 'Hồ sơ ở trạng thái hiện tại không nhận thêm tệp đính kèm.');
    const known = (await loadProcedureFacts(db, dossier.procedureVersionId))?.components.map((c) => c.code) ?? [];
    if (known.length && !known.includes(componentCode)) {
      throw new AppError('UNKNOWN_COMPONENT', [{ path: '/componentCode', message: `Thủ tục có các thành phần: ${known.join(', ')}.` }]);
    }
    // The same files the data store lists: the citizen's own dossiers, nothing removed, results only once issued.
    const owner = await db.one<{ dossier_id: string; code: string }>(
      `select at.dossier_id, d.code from attachment at join dossier d on d.id = at.dossier_id
        where at.id = ? and d.applicant_subject = ? and ${REUSABLE_ATTACHMENT}`,
      [documentId.slice('attachment-'.length), citizen.subject],
    );
    const source = owner && (await findAttachment(db, Number(owner.dossier_id), Number(documentId.slice('attachment-'.length))));
    if (!owner || !source) throw new AppError('DOCUMENT_NOT_FOUND');
    const uploader = uploaderOf(reader);
    const saved = await request.em.transactional(async (tx) => {
      const txdb = sql(tx);
      const row = await insertAttachment(txdb, {
        ...source, dossierId: dossier.id, purpose: 'component', componentCode, resultStage: null, derivedFrom: source.id,
        uploadedByKind: uploader.kind, uploadedById: uploader.id, uploadedByName: uploader.name, uploadedAt: clock.now(),
      });
      await logAttachmentEvent(txdb, row, 'attachment_reused', `Dùng lại giấy tờ trong kho dữ liệu: ${source.originalName} (hồ sơ ${owner.code})`);
      return row;
    });
    return reply.status(201).send(attachmentView(saved));
  });
}
