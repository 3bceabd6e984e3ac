import type { FastifyInstance } from 'fastify';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { CITIZEN } from '../identity/access';
import { errorResponses } from './schemas';

/**
 * Hồ sơ lưu nháp (C2): a submission saved half-way and resumed later, from any device. A draft
 * is the citizen's own; it holds what was typed, never a file (files go to the dossier when it
 * is submitted). Each save carries the version it read, so two tabs cannot overwrite each other.
 */

/** More than this is abandoned work, not a need. */
export const MAX_DRAFTS_PER_CITIZEN = 50;

const tags = ['Công dân: hồ sơ nháp'];

const draftFields = {
  procedureCode: { type: 'string', minLength: 1, maxLength: 50 },
  procedureName: { type: 'string', minLength: 1, maxLength: 500 },
  agencyCode: { type: ['string', 'null'], maxLength: 50 },
  formData: { type: 'object' },
  resultDelivery: { type: ['string', 'null'], enum: ['counter', 'postal', 'online', null] },
  currentStep: { type: ['string', 'null'], maxLength: 100 },
} as const;

const draftResponse = {
  type: 'object',
  properties: {
    id: { type: 'string' }, procedureCode: { type: 'string' }, procedureName: { type: 'string' }, agencyCode: { type: ['string', 'null'] },
    formData: { type: 'object', additionalProperties: true }, resultDelivery: { type: ['string', 'null'] }, currentStep: { type: ['string', 'null'] },
    version: { type: 'integer' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;

interface DraftRow {
  id: string; procedure_code: string; procedure_name: string; agency_code: string | null; form_data: Record<string, unknown>;
  result_delivery: string | null; current_step: string | null; version: number; created_at: Date; updated_at: Date;
}

interface DraftInput {
  procedureCode: string; procedureName: string; agencyCode?: string | null; formData: Record<string, unknown>;
  resultDelivery?: string | null; currentStep?: string | null; version?: number;
}

const view = (row: DraftRow) => ({
  id: row.id, procedureCode: row.procedure_code, procedureName: row.procedure_name, agencyCode: row.agency_code, formData: row.form_data,
  resultDelivery: row.result_delivery, currentStep: row.current_step, version: row.version,
  createdAt: toIsoLocal(row.created_at), updatedAt: toIsoLocal(row.updated_at),
});

const COLUMNS = 'id, procedure_code, procedure_name, agency_code, form_data, result_delivery, current_step, version, created_at, updated_at';

export async function draftRoutes(app: FastifyInstance) {
  const { clock } = app.deps;

  app.get('/api/citizen/drafts', {
    config: { access: CITIZEN },
    schema: { tags, summary: 'Hồ sơ đang lưu nháp', response: { 200: { type: 'array', items: draftResponse }, ...errorResponses } },
  }, async (request) => {
    const rows = await sql(request.em).all<DraftRow>(`select ${COLUMNS} from dossier_draft where citizen_id = ? order by updated_at desc`, [request.citizen!.id]);
    return rows.map(view);
  });

  app.post('/api/citizen/drafts', {
    config: { access: CITIZEN },
    schema: {
      tags, summary: 'Lưu nháp hồ sơ',
      body: { type: 'object', additionalProperties: false, required: ['procedureCode', 'procedureName', 'formData'], properties: draftFields },
      response: { 201: draftResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const body = request.body as DraftInput;
    const db = sql(request.em);
    const now = clock.now();
    const count = await db.one<{ count: string }>('select count(*) from dossier_draft where citizen_id = ?', [request.citizen!.id]);
    if (Number(count?.count ?? 0) >= MAX_DRAFTS_PER_CITIZEN) throw new AppError('DRAFT_LIMIT_REACHED');
    const row = await db.one<DraftRow>(
      `insert into dossier_draft (citizen_id, procedure_code, procedure_name, agency_code, form_data, result_delivery, current_step, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning ${COLUMNS}`,
      [request.citizen!.id, body.procedureCode, body.procedureName, body.agencyCode ?? null, JSON.stringify(body.formData),
        body.resultDelivery ?? null, body.currentStep ?? null, now, now],
    );
    return reply.status(201).send(view(row!));
  });

  app.get('/api/citizen/drafts/:id', {
    config: { access: CITIZEN },
    schema: { tags, summary: 'Mở lại hồ sơ nháp', params: idParams, response: { 200: draftResponse, ...errorResponses } },
  }, async (request) => {
    const row = await sql(request.em).one<DraftRow>(`select ${COLUMNS} from dossier_draft where id = ? and citizen_id = ?`,
      [(request.params as { id: string }).id, request.citizen!.id]);
    if (!row) throw new AppError('DRAFT_NOT_FOUND');
    return view(row);
  });

  app.put('/api/citizen/drafts/:id', {
    config: { access: CITIZEN },
    schema: {
      tags, summary: 'Cập nhật hồ sơ nháp (kèm phiên bản đã đọc)', params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['procedureCode', 'procedureName', 'formData', 'version'],
        properties: { ...draftFields, version: { type: 'integer', minimum: 1 } },
      },
      response: { 200: draftResponse, ...errorResponses },
    },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const body = request.body as DraftInput & { version: number };
    const db = sql(request.em);
    const row = await db.one<DraftRow>(
      `update dossier_draft set procedure_code = ?, procedure_name = ?, agency_code = ?, form_data = ?, result_delivery = ?, current_step = ?,
              version = version + 1, updated_at = ?
        where id = ? and citizen_id = ? and version = ? returning ${COLUMNS}`,
      [body.procedureCode, body.procedureName, body.agencyCode ?? null, JSON.stringify(body.formData), body.resultDelivery ?? null,
        body.currentStep ?? null, clock.now(), id, request.citizen!.id, body.version],
    );
    if (row) return view(row);
    const exists = await db.one('select 1 from dossier_draft where id = ? and citizen_id = ?', [id, request.citizen!.id]);
    throw new AppError(exists ? 'CONFLICT' : 'DRAFT_NOT_FOUND');
  });

  app.delete('/api/citizen/drafts/:id', {
    config: { access: CITIZEN },
    schema: { tags, summary: 'Xóa hồ sơ nháp', params: idParams, response: { 204: { type: 'null' }, ...errorResponses } },
  }, async (request, reply) => {
    const deleted = await sql(request.em).run('delete from dossier_draft where id = ? and citizen_id = ?', [(request.params as { id: string }).id, request.citizen!.id]);
    if (deleted === 0) throw new AppError('DRAFT_NOT_FOUND');
    return reply.status(204).send();
  });
}
