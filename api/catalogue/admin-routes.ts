import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/catalogue';
import { can } from '../identity/access';
import { catalogueAgencies, localiseProcedure, removeFromCatalogue } from './agency-catalogue';
import {
  abolishProcedure, amendProcedure, checkPublication, createProcedure, discardDraft, publishProcedure, recordTestRun,
  returnForRevision, submitForReview, updateDraft, type Actor,
} from './lifecycle';
import type { Decision, ProcedureInput, VersionStatus } from './model';
import {
  agencyOut, amendProcedureBody, codeParams, codeString, createProcedureBody, decision, errorResponses, updateProcedureBody,
  versionParams, versionResponse,
} from './schemas';
import { listForStaff } from './staff-list';
import { listTestRuns, testRunResponse } from './test-runs';
import { findVersion, listVersions } from './version-store';
import { versionSummary, versionSummaryResponse, versionView } from './views';

const tags = ['Danh mục thủ tục hành chính'];
const MANAGE = can('procedure', 'manage');
const PUBLISH = can('procedure', 'publish');

export const actorOf = (app: FastifyInstance, request: FastifyRequest): Actor => ({ principal: request.principal, now: app.deps.clock.now() });

const findingsResponse = {
  type: 'object',
  properties: {
    publishable: { type: 'boolean' },
    version: { type: 'integer' },
    revision: { type: 'integer' },
    findings: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
} as const;

/** Soạn thảo, thẩm định, chạy thử, công bố, sửa đổi và bãi bỏ thủ tục (A3-A5), for the back office. */
export async function adminProcedureRoutes(app: FastifyInstance) {
  app.get('/api/admin/procedures', {
    config: { access: MANAGE },
    schema: {
      tags, summary: 'Danh sách thủ tục cho cán bộ: phiên bản mới nhất của mỗi thủ tục, hoặc mọi phiên bản ở một trạng thái (dự thảo, đang thẩm định, …)',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          status: { type: 'string', enum: ['draft', 'in_review', 'published', 'superseded', 'abolished'] },
          q: { type: 'string', maxLength: 200 },
          page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
          pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
      },
      response: { 200: { type: 'array', items: versionSummaryResponse }, ...errorResponses },
    },
  }, async (request, reply) => {
    const query = request.query as { status?: VersionStatus; q?: string; page: number; pageSize: number };
    const { items, total } = await listForStaff(request.em, query);
    void reply.header('x-total-count', String(total));
    return items.map(versionSummary);
  });

  app.post('/api/admin/procedures', {
    config: { access: MANAGE },
    bodyLimit: 4 * 1024 * 1024,
    schema: { tags, summary: 'Soạn thảo thủ tục mới (phiên bản dự thảo)', body: createProcedureBody, response: { 201: versionResponse, ...errorResponses } },
  }, async (request, reply) => {
    const created = await createProcedure(request.em, actorOf(app, request), request.body as ProcedureInput);
    return reply.status(201).send(versionView(created));
  });

  app.get('/api/admin/procedures/:code/versions', {
    config: { access: MANAGE },
    schema: { tags, summary: 'Các phiên bản của thủ tục', params: codeParams, response: { 200: { type: 'array', items: versionSummaryResponse }, ...errorResponses } },
  }, async (request) => {
    const versions = await listVersions(request.em, (request.params as { code: string }).code);
    if (versions.length === 0) throw new AppError('PROCEDURE_NOT_FOUND');
    return versions.map(versionSummary);
  });

  app.post('/api/admin/procedures/:code/versions', {
    config: { access: MANAGE },
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      tags, summary: 'Sửa đổi, bổ sung: tạo phiên bản dự thảo mới từ phiên bản đang có hiệu lực',
      params: codeParams, body: amendProcedureBody, response: { 201: versionResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const draft = await amendProcedure(request.em, actorOf(app, request), code, (request.body ?? {}) as Partial<ProcedureInput>);
    return reply.status(201).send(versionView(draft));
  });

  app.get('/api/admin/procedures/:code/versions/:version', {
    config: { access: MANAGE },
    schema: { tags, summary: 'Một phiên bản, ở bất kỳ trạng thái nào', params: versionParams, response: { 200: versionResponse, ...errorResponses } },
  }, async (request) => {
    const found = await findVersion(request.em, request.params as { code: string; version: number });
    if (!found) throw new AppError('PROCEDURE_VERSION_NOT_FOUND');
    return versionView(found);
  });

  app.patch('/api/admin/procedures/:code/versions/:version', {
    config: { access: MANAGE },
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      tags, summary: 'Sửa phiên bản dự thảo (phiên bản đã công bố không sửa được: 409)',
      params: versionParams, body: updateProcedureBody, response: { 200: versionResponse, ...errorResponses },
    },
  }, async (request) => {
    const { code, version } = request.params as { code: string; version: number };
    const { expectedRevision, ...changes } = request.body as Partial<ProcedureInput> & { expectedRevision?: number };
    return versionView(await updateDraft(request.em, actorOf(app, request), code, version, changes, expectedRevision));
  });

  app.delete('/api/admin/procedures/:code/draft', {
    config: { access: MANAGE },
    schema: { tags, summary: 'Hủy phiên bản dự thảo', params: codeParams, response: { 204: { type: 'null' }, ...errorResponses } },
  }, async (request, reply) => {
    await discardDraft(request.em, actorOf(app, request), (request.params as { code: string }).code);
    return reply.status(204).send();
  });

  app.post('/api/admin/procedures/:code/submit', {
    config: { access: MANAGE },
    schema: { tags, summary: 'Gửi phiên bản dự thảo để Văn phòng thẩm định', params: codeParams, response: { 200: versionResponse, ...errorResponses } },
  }, async (request) => versionView(await submitForReview(request.em, actorOf(app, request), (request.params as { code: string }).code)));

  app.post('/api/admin/procedures/:code/return', {
    config: { access: PUBLISH },
    schema: {
      tags, summary: 'Trả lại phiên bản đang thẩm định để sửa, kèm lý do', params: codeParams,
      body: { type: 'object', additionalProperties: false, required: ['note'], properties: { note: { type: 'string', minLength: 1, maxLength: 4000 } } },
      response: { 200: versionResponse, ...errorResponses },
    },
  }, async (request) => {
    const { code } = request.params as { code: string };
    return versionView(await returnForRevision(request.em, actorOf(app, request), code, (request.body as { note: string }).note));
  });

  app.post('/api/admin/procedures/:code/test-runs', {
    config: { access: can('procedure', 'test') },
    schema: {
      tags, summary: 'Ghi nhận kết quả chạy thử phiên bản dự thảo (bắt buộc trước khi công bố)', params: codeParams,
      body: {
        type: 'object', additionalProperties: false, required: ['outcome'],
        properties: {
          outcome: { type: 'string', enum: ['passed', 'failed'] }, notes: { type: 'string', maxLength: 4000 }, dossierCode: { type: 'string', maxLength: 60 },
        },
      },
      response: { 201: testRunResponse, ...errorResponses },
    },
  }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const run = await recordTestRun(request.em, actorOf(app, request), code, request.body as { outcome: 'passed' | 'failed'; notes?: string });
    const runs = await listTestRuns(request.em, code);
    return reply.status(201).send(runs.find((r) => r.id === run.id));
  });

  app.get('/api/admin/procedures/:code/test-runs', {
    config: { access: MANAGE },
    schema: { tags, summary: 'Các lần chạy thử của thủ tục', params: codeParams, response: { 200: { type: 'array', items: testRunResponse }, ...errorResponses } },
  }, async (request) => listTestRuns(request.em, (request.params as { code: string }).code));

  app.post('/api/admin/procedures/:code/publication-check', {
    config: { access: MANAGE },
    schema: {
      tags, summary: 'Kiểm tra trước khi công bố, không công bố', params: codeParams,
      body: { type: ['object', 'null'], additionalProperties: false, properties: { decision } },
      response: { 200: findingsResponse, ...errorResponses },
    },
  }, async (request) => {
    const { code } = request.params as { code: string };
    const review = await checkPublication(request.em, code, (request.body as { decision?: Decision } | null)?.decision);
    return { publishable: review.findings.length === 0, version: review.version.version, revision: review.version.revision, findings: review.findings };
  });

  app.post('/api/admin/procedures/:code/publish', {
    config: { access: PUBLISH },
    schema: {
      tags, summary: 'Công bố phiên bản dự thảo theo Quyết định công bố (Văn phòng UBND, vai trò control_office)', params: codeParams,
      body: { type: ['object', 'null'], additionalProperties: false, properties: { decision } },
      response: { 200: versionResponse, ...errorResponses },
    },
  }, async (request) => {
    const { code } = request.params as { code: string };
    const published = await publishProcedure(request.em, actorOf(app, request), code, (request.body as { decision?: Decision } | null)?.decision);
    return versionView(published, await catalogueAgencies(request.em, published.procedureId));
  });

  app.post('/api/admin/procedures/:code/abolish', {
    config: { access: PUBLISH },
    schema: {
      tags, summary: 'Bãi bỏ thủ tục theo quyết định', params: codeParams,
      body: { type: 'object', additionalProperties: false, required: ['decision'], properties: { decision } },
      response: { 200: versionResponse, ...errorResponses },
    },
  }, async (request) => {
    const { code } = request.params as { code: string };
    return versionView(await abolishProcedure(request.em, actorOf(app, request), code, (request.body as { decision: Decision }).decision));
  });

  app.post('/api/admin/procedures/:code/agencies', {
    config: { access: can('procedure', 'localise') },
    schema: {
      tags, summary: 'Đưa thủ tục đã công bố vào danh mục của nhiều cơ quan cùng lúc (theo mã, hoặc mọi cơ quan một cấp)', params: codeParams,
      body: {
        type: 'object', additionalProperties: false, minProperties: 1,
        properties: { agencyCodes: { type: 'array', minItems: 1, maxItems: 5000, items: codeString }, level: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 } },
      },
      response: { 200: { type: 'object', properties: { added: { type: 'integer' }, agencies: { type: 'array', items: agencyOut } } }, ...errorResponses },
    },
  }, async (request) => {
    const { code } = request.params as { code: string };
    return localiseProcedure(request.em, actorOf(app, request), code, request.body as { agencyCodes?: string[]; level?: string });
  });

  app.delete('/api/admin/procedures/:code/agencies/:agencyCode', {
    config: { access: can('procedure', 'localise') },
    schema: {
      tags, summary: 'Đưa thủ tục ra khỏi danh mục của một cơ quan',
      params: { type: 'object', required: ['code', 'agencyCode'], properties: { code: codeString, agencyCode: codeString } },
      response: { 204: { type: 'null' }, ...errorResponses },
    },
  }, async (request, reply) => {
    const { code, agencyCode } = request.params as { code: string; agencyCode: string };
    await removeFromCatalogue(request.em, code, agencyCode);
    return reply.status(204).send();
  });
}
