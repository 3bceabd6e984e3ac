import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toIsoLocal } from '../calendar/local-time';
import { sql, type Sql } from '../db/sql';
import { AppError } from '../errors/catalogue';
import { OFFICER_OR_CITIZEN, SIGNED_IN, can } from '../identity/access';
import { isProvinceWide } from '../identity/principal';
import { closeDossier } from './actions/close-dossier';
import { alertLateConsultation, replyConsultation, requestConsultation } from './actions/consultation';
import { extendDeadline } from './actions/extend-deadline';
import { recordExternalResult } from './actions/external-result';
import { receiveSupplement } from './actions/receive-supplement';
import { returnResult, type ReturnRequest } from './actions/return-result';
import { recordVerificationVisit } from './actions/verification-visit';
import { dossierCommand, type Actor } from './command';
import { DemoPostalConnector } from './connectors/postal';
import type { CommandDeps } from './create-dossier';
import { armNextReview, OVERDUE_REVIEW_JOB, runOverdueReview } from './overdue-review';
import { alertsFor, overdueDossiers, receptionQueue } from './queues';
import { dossierCodeParams, errorResponses, reasonBody } from './schemas';

const tags = ['Hồ sơ — các bước theo quy định'];
const time = { type: 'string', format: 'date-time' } as const;
const text = (max = 4000) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const statusResult = { type: 'object', properties: { status: { type: 'string' }, dueAt: { type: ['string', 'null'] }, completedAt: { type: ['string', 'null'] } } } as const;
const iso = (d: Date | null | undefined) => (d ? toIsoLocal(d) : null);

/** Bổ sung, gia hạn, lấy ý kiến, xác minh, liên thông, rút, dừng và trả kết quả (REQUIREMENTS D6–D14). */
export const lifecycleRoutes = fp(async (app: FastifyInstance) => {
  const { clock } = app.deps;
  // The demo post until the province's postal operator is connected (connectors/postal.ts); it
  // numbers items inside the command's transaction, never on a second pooled connection.
  const postal = (db: Sql) => new DemoPostalConnector(async () => Number((await db.one<{ n: string }>(`select nextval('postal_item_seq') as n`))!.n));

  async function deps(request: FastifyRequest): Promise<CommandDeps> {
    return { em: request.em, definitions: app.definitions, calendar: await app.calendars.current(request.em), now: clock.now() };
  }
  const officer = (request: FastifyRequest): Actor => ({ kind: 'officer', principal: request.principal });
  const actor = (request: FastifyRequest): Actor => (request.citizen ? { kind: 'citizen', citizen: request.citizen } : officer(request));
  const code = (request: FastifyRequest) => (request.params as { code: string }).code;
  const outcome = (r: { status: string; dueAt?: Date | null; completedAt?: Date | null }) => ({ status: r.status, dueAt: iso(r.dueAt), completedAt: iso(r.completedAt) });

  app.post('/api/dossiers/:code/supplement', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: {
      tags, summary: 'Bổ sung hồ sơ: tiếp tục xử lý và tính lại hạn', params: dossierCodeParams,
      body: { type: 'object', additionalProperties: false, properties: { note: text() } },
      response: { 200: statusResult, ...errorResponses },
    },
  }, async (request) => {
    if (!request.citizen && !app.permissions.allows(request.principal.roles, { resource: 'dossier', action: 'supplement' })) throw new AppError('FORBIDDEN');
    const note = (request.body as { note?: string } | undefined)?.note;
    return outcome(await dossierCommand(await deps(request), actor(request), code(request), (ctx) => receiveSupplement(ctx, note)));
  });

  app.post('/api/dossiers/:code/extend', {
    config: { access: can('dossier', 'extend') },
    schema: {
      tags, summary: 'Gia hạn, hẹn lại ngày trả kết quả kèm phiếu xin lỗi', params: dossierCodeParams,
      body: { type: 'object', additionalProperties: false, required: ['newDueAt', 'reason'], properties: { newDueAt: time, reason: text() } },
      response: { 200: statusResult, ...errorResponses },
    },
  }, async (request) => {
    const body = request.body as { newDueAt: string; reason: string };
    return outcome(await dossierCommand(await deps(request), officer(request), code(request), (ctx) => extendDeadline(ctx, new Date(body.newDueAt), body.reason)));
  });

  app.post('/api/dossiers/:code/return', {
    config: { access: can('dossier', 'return') },
    schema: {
      tags, summary: 'Trả kết quả và kết thúc hồ sơ (qua bưu chính: gửi bưu gửi, trả về số hiệu bưu gửi)', params: dossierCodeParams,
      body: {
        type: 'object', additionalProperties: false, required: ['method'],
        properties: { method: { type: 'string', enum: ['counter', 'postal', 'online'] }, note: text(), address: text(500) },
      },
      response: { 200: { ...statusResult, properties: { ...statusResult.properties, trackingNumber: { type: ['string', 'null'] } } }, ...errorResponses },
    },
  }, async (request) => {
    const returned = await dossierCommand(await deps(request), officer(request), code(request), (ctx) => returnResult(ctx, postal, request.body as ReturnRequest));
    return { ...outcome(returned), trackingNumber: returned.trackingNumber };
  });

  app.post('/api/dossiers/:code/withdraw', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Rút hồ sơ theo đề nghị của người nộp', params: dossierCodeParams, body: reasonBody, response: { 200: statusResult, ...errorResponses } },
  }, async (request) => {
    if (!request.citizen && !app.permissions.allows(request.principal.roles, { resource: 'dossier', action: 'withdraw' })) throw new AppError('FORBIDDEN');
    const { reason } = request.body as { reason: string };
    return outcome(await dossierCommand(await deps(request), actor(request), code(request), (ctx) => closeDossier(ctx, 'withdrawn', reason)));
  });

  app.post('/api/dossiers/:code/stop', {
    config: { access: can('dossier', 'stop') },
    schema: { tags, summary: 'Dừng xử lý hồ sơ', params: dossierCodeParams, body: reasonBody, response: { 200: statusResult, ...errorResponses } },
  }, async (request) => {
    const { reason } = request.body as { reason: string };
    return outcome(await dossierCommand(await deps(request), officer(request), code(request), (ctx) => closeDossier(ctx, 'stopped', reason)));
  });

  app.post('/api/dossiers/:code/consultations', {
    config: { access: can('dossier', 'consult') },
    schema: {
      tags, summary: 'Lấy ý kiến cơ quan liên quan', params: dossierCodeParams,
      body: {
        type: 'object', additionalProperties: false, required: ['agencyCodes', 'content', 'deadline'],
        properties: { agencyCodes: { type: 'array', minItems: 1, maxItems: 20, items: text(50) }, content: text(), deadline: time },
      },
      response: { 201: { type: 'object', properties: { id: { type: 'integer' }, deadline: { type: 'string' }, agencyCodes: { type: 'array', items: { type: 'string' } } } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const body = request.body as { agencyCodes: string[]; content: string; deadline: string };
    const created = await dossierCommand(await deps(request), officer(request), code(request), (ctx) => requestConsultation(ctx, { ...body, deadline: new Date(body.deadline) }));
    return reply.status(201).send({ ...created, deadline: toIsoLocal(created.deadline) });
  });

  app.post('/api/consultations/:id/reply', {
    config: { access: can('consultation', 'reply') },
    schema: {
      tags, summary: 'Trả lời yêu cầu lấy ý kiến gửi cơ quan mình',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      body: { type: 'object', additionalProperties: false, required: ['reply'], properties: { reply: text() } },
      response: { 200: { type: 'object', properties: { late: { type: 'boolean' } } }, ...errorResponses },
    },
  }, async (request) => request.em.transactional((tx) => replyConsultation(
    sql(tx), request.principal, (request.params as { id: number }).id, (request.body as { reply: string }).reply, clock.now(),
  )));

  app.post('/api/dossiers/:code/verification-visits', {
    config: { access: can('dossier', 'verify') },
    schema: {
      tags, summary: 'Ghi biên bản xác minh thực địa', params: dossierCodeParams,
      body: {
        type: 'object', additionalProperties: false, required: ['visitedAt', 'place', 'participants', 'content'],
        properties: { visitedAt: time, place: text(500), participants: { type: 'array', minItems: 1, maxItems: 30, items: text(200) }, content: text(), conclusion: text() },
      },
      response: { 201: { type: 'object', properties: { id: { type: 'integer' } } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const body = request.body as { visitedAt: string; place: string; participants: string[]; content: string; conclusion?: string };
    const created = await dossierCommand(await deps(request), officer(request), code(request), (ctx) => recordVerificationVisit(ctx, { ...body, visitedAt: new Date(body.visitedAt) }));
    return reply.status(201).send(created);
  });

  app.post('/api/dossiers/:code/external-results', {
    config: { access: can('dossier', 'external_result') },
    schema: {
      tags, summary: 'Cập nhật kết quả của cơ quan ngoài hệ thống (liên thông)', params: dossierCodeParams,
      body: { type: 'object', additionalProperties: false, required: ['agencyName', 'result'], properties: { agencyName: text(300), result: text(), documentNumber: text(100) } },
      response: { 200: statusResult, ...errorResponses },
    },
  }, async (request) => outcome(await dossierCommand(await deps(request), officer(request), code(request), (ctx) => recordExternalResult(ctx, request.body as never))));

  app.get('/api/reception-queue', {
    config: { access: can('dossier', 'receive') },
    schema: { tags, summary: 'Hồ sơ trực tuyến chờ tiếp nhận, kèm hạn tiếp nhận', response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } }, ...errorResponses } },
  }, async (request) => receptionQueue(sql(request.em), await app.calendars.current(request.em), clock.now(), request.principal));

  app.get('/api/dossiers/overdue', {
    config: { access: can('dossier', 'review_overdue') },
    schema: { tags, summary: 'Hồ sơ quá hạn hoặc đến hạn trong một ngày làm việc, theo cơ quan, để rà soát hằng ngày', response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } }, ...errorResponses } },
  }, async (request) => overdueDossiers(sql(request.em), await app.calendars.current(request.em), clock.now(), request.principal, isProvinceWide(request.principal)));

  app.get('/api/alerts', {
    config: { access: SIGNED_IN },
    schema: { tags, summary: 'Cảnh báo chưa đọc của cán bộ', response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } }, ...errorResponses } },
  }, async (request) => alertsFor(sql(request.em), request.principal));

  app.timers.handle('consultation_deadline', async ({ db, now, payload }) => {
    await alertLateConsultation(db, Number(payload.consultationId), now);
  });
  app.timers.handle(OVERDUE_REVIEW_JOB, ({ db, calendar, now, dueAt }) => runOverdueReview(db, calendar, now, dueAt));
  app.addHook('onReady', async () => {
    const em = app.deps.orm.em.fork();
    await armNextReview(sql(em), await app.calendars.current(em), clock.now());
  });
}, { name: 'dossier-lifecycle', dependencies: ['dossiers'] });
