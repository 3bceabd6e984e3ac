import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';
import { OFFICER_OR_CITIZEN, PUBLIC, SIGNED_IN, can } from '../identity/access';
import { dossierDiagram } from './dossier-diagram';
import { createDossier, type CommandDeps, type NewDossier, type Submitter } from './create-dossier';
import { dossierNotifications } from '../notifications';
import { dossierDetail, dossierHistory, readableDossier, trackDossier, type Reader } from './dossier-view';
import { receiveOnline, refuseOnline } from './reception';
import * as schemas from './schemas';

const tags = ['Hồ sơ'];
const iso = (d: Date | null) => (d ? toIsoLocal(d) : null);

/** On routes open to both, the auth hook has set exactly one of the two. */
const submitter = (request: FastifyRequest): Submitter =>
  (request.citizen ? { kind: 'citizen', citizen: request.citizen } : { kind: 'officer', principal: request.principal });
const reader = (request: FastifyRequest): Reader =>
  (request.citizen ? { kind: 'citizen', subject: request.citizen.subject } : { kind: 'officer', principal: request.principal });

/** Hồ sơ: reception from the three channels, reading, history and public tracking. */
export const dossierRoutes = fp(async (app: FastifyInstance) => {
  const { clock } = app.deps;

  async function deps(request: FastifyRequest): Promise<CommandDeps> {
    return { em: request.em, definitions: app.definitions, calendar: await app.calendars.current(request.em), now: clock.now() };
  }

  app.post('/api/dossiers', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Nộp hoặc tiếp nhận hồ sơ (trực tuyến, tại quầy, qua bưu chính)', body: schemas.newDossierBody, response: { 201: schemas.createdDossier, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const created = await createDossier(await deps(request), submitter(request), request.body as NewDossier);
    return reply.status(201).send({ ...created, receivedAt: iso(created.receivedAt), dueAt: iso(created.dueAt) });
  });

  app.post('/api/dossiers/:code/receive', {
    config: { access: can('dossier', 'receive') },
    schema: { tags, summary: 'Tiếp nhận hồ sơ nộp trực tuyến', params: schemas.dossierCodeParams, response: { 200: schemas.receptionResult, ...schemas.errorResponses } },
  }, async (request) => {
    const received = await receiveOnline(await deps(request), request.principal, (request.params as { code: string }).code);
    return { status: received.status, receivedAt: iso(received.receivedAt), dueAt: iso(received.dueAt) };
  });

  app.post('/api/dossiers/:code/refuse', {
    config: { access: can('dossier', 'receive') },
    schema: { tags, summary: 'Từ chối tiếp nhận hồ sơ trực tuyến, nêu rõ lý do', params: schemas.dossierCodeParams, body: schemas.reasonBody, response: { 200: schemas.receptionResult, ...schemas.errorResponses } },
  }, async (request) => refuseOnline(await deps(request), request.principal, (request.params as { code: string }).code, (request.body as { reason: string }).reason));

  app.get('/api/dossiers/:code', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Chi tiết hồ sơ (người nộp hoặc cán bộ trong phạm vi)', params: schemas.dossierCodeParams, response: { 200: schemas.dossierDetail, ...schemas.errorResponses } },
  }, async (request) => dossierDetail(
    sql(request.em), await app.calendars.current(request.em), clock.now(), reader(request), (request.params as { code: string }).code,
  ));

  app.get('/api/dossiers/:code/history', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: { tags, summary: 'Nhật ký xử lý hồ sơ', params: schemas.dossierCodeParams, response: { 200: { type: 'array', items: schemas.historyEntry }, ...schemas.errorResponses } },
  }, async (request) => dossierHistory(sql(request.em), reader(request), (request.params as { code: string }).code));

  app.get('/api/dossiers/:code/notifications', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: {
      tags, summary: 'Thông báo đã gửi cho người nộp hồ sơ (thư điện tử, SMS, Zalo) và kết quả gửi', params: schemas.dossierCodeParams,
      response: { 200: { type: 'array', items: schemas.sentNotification }, ...schemas.errorResponses },
    },
  }, async (request) => {
    const db = sql(request.em);
    const dossier = await readableDossier(db, reader(request), (request.params as { code: string }).code);
    return (await dossierNotifications(db, Number(dossier.id))).map((row) => ({ ...row, at: iso(row.at) }));
  });

  app.get('/api/dossiers/:code/diagram', {
    config: { access: SIGNED_IN },
    schema: {
      tags, summary: 'Sơ đồ quy trình của hồ sơ, các bước đã qua và vị trí hiện tại (cán bộ trong phạm vi)', params: schemas.dossierCodeParams,
      response: { 200: schemas.dossierDiagram, ...schemas.errorResponses },
    },
  }, async (request) => dossierDiagram(sql(request.em), { kind: 'officer', principal: request.principal }, (request.params as { code: string }).code));

  app.get('/api/track/:code', {
    config: { access: PUBLIC },
    schema: { tags: ['Tra cứu'], summary: 'Tra cứu tình trạng hồ sơ theo mã (không cần đăng nhập)', params: schemas.dossierCodeParams, response: { 200: schemas.trackResult, 404: { $ref: 'ErrorResponse#' } } },
  }, async (request) => trackDossier(sql(request.em), (request.params as { code: string }).code));
}, { name: 'dossiers', dependencies: ['calendar', 'workflow'] });
