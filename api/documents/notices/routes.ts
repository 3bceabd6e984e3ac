import type { FastifyInstance, FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { VIETNAM_TIME_ZONE, toIsoLocal } from '../../calendar/local-time';
import { sql } from '../../db/sql';
import { AppError } from '../../errors/catalogue';
import { OFFICER_OR_CITIZEN, SIGNED_IN, can } from '../../identity/access';
import { coversAgencyPath } from '../../identity/principal';
import { readerOf } from '../dossier-access';
import * as schemas from '../schemas';
import type { NewTemplateVersion, NoticeTemplate } from './template-store';
import type { RenderedNotice } from './notice-service';

const tags = ['Phiếu, giấy tờ'];

/** PDFs are private paper: shown inline, never cached by a proxy, named after the notice and dossier. */
export function sendPdf(reply: FastifyReply, notice: Pick<RenderedNotice, 'pdf' | 'fileName'>) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${notice.fileName.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'private, no-store')
    .send(notice.pdf);
}

function summary(template: NoticeTemplate) {
  const { source: _source, id: _id, createdAt, ...rest } = template;
  return { ...rest, createdAt: toIsoLocal(createdAt) };
}

/** A local date range, inclusive of both days, as instants [from, to) in Vietnam time. */
function period(query: { from: string; to: string }): { from: Date; to: Date } {
  const from = DateTime.fromISO(query.from, { zone: VIETNAM_TIME_ZONE });
  const to = DateTime.fromISO(query.to, { zone: VIETNAM_TIME_ZONE });
  if (!from.isValid) throw new AppError('VALIDATION_FAILED', [{ path: '/from', message: 'Ngày bắt đầu không hợp lệ.' }]);
  if (!to.isValid) throw new AppError('VALIDATION_FAILED', [{ path: '/to', message: 'Ngày kết thúc không hợp lệ.' }]);
  if (to < from) throw new AppError('VALIDATION_FAILED', [{ path: '/to', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' }]);
  if (to.diff(from, 'days').days > 366) throw new AppError('VALIDATION_FAILED', [{ path: '/to', message: 'Mỗi lần in tối đa một năm.' }]);
  return { from: from.toJSDate(), to: to.plus({ days: 1 }).toJSDate() };
}

/** Phiếu và sổ của Bộ phận Một cửa (F1), and the province's management of their templates. */
export default async function noticeRoutes(app: FastifyInstance) {
  const { notices, templates } = app.documents;
  const { clock } = app.deps;

  app.get('/api/dossiers/:code/notices/:kind.pdf', {
    config: { access: OFFICER_OR_CITIZEN },
    schema: {
      tags, summary: 'In phiếu của hồ sơ (giấy tiếp nhận, phiếu bổ sung, từ chối, xin lỗi, kiểm soát, dừng xử lý)',
      params: schemas.dossierNoticeParams, response: { 200: schemas.pdfResponse, ...schemas.errorResponses },
    },
  }, async (request, reply) => {
    const { code, kind } = request.params as { code: string; kind: string };
    const notice = await notices.dossierNotice(request.em, readerOf(request), code, kind, clock.now());
    if (notice.verificationId) reply.header('x-verification-id', notice.verificationId);
    return sendPdf(reply, notice);
  });

  app.get('/api/agencies/:code/notices/:kind.pdf', {
    config: { access: SIGNED_IN },
    schema: {
      tags, summary: 'In sổ theo dõi hồ sơ (hoặc phiếu theo kỳ khác) của một cơ quan', params: schemas.agencyNoticeParams,
      querystring: schemas.periodQuery, response: { 200: schemas.pdfResponse, ...schemas.errorResponses },
    },
  }, async (request, reply) => {
    const { code, kind } = request.params as { code: string; kind: string };
    const db = sql(request.em);
    const agency = await db.one<{ id: number; code: string; name: string; path: string; parent_name: string | null; root_name: string }>(
      `select a.id, a.code, a.name, a.path, p.name as parent_name, coalesce(r.name, a.name) as root_name
         from agency a left join agency p on p.id = a.parent_id left join agency r on r.id = nullif(split_part(a.path, '/', 2), '')::int
        where a.code = ?`, [code],
    );
    if (!agency) throw new AppError('AGENCY_NOT_FOUND');
    if (!coversAgencyPath(request.principal, agency.path)) throw new AppError('OUT_OF_SCOPE');
    const { from, to } = period(request.query as { from: string; to: string });
    const notice = await notices.periodNotice(
      db, kind, { id: agency.id, code: agency.code, name: agency.name, parentName: agency.parent_name, rootName: agency.root_name }, from, to, clock.now(),
    );
    return sendPdf(reply, notice);
  });

  app.get('/api/notice-templates', {
    config: { access: SIGNED_IN },
    schema: { tags, summary: 'Các loại phiếu và phiên bản mẫu', response: { 200: { type: 'array', items: schemas.templateSummary }, ...schemas.errorResponses } },
  }, async (request) => (await templates.list(sql(request.em))).map(summary));

  app.get('/api/notice-templates/:kind/versions/:version', {
    config: { access: can('notice_template', 'manage') },
    schema: { tags, summary: 'Một phiên bản mẫu phiếu, kèm mã nguồn', params: schemas.templateVersionParams, response: { 200: schemas.templateDetail, ...schemas.errorResponses } },
  }, async (request) => {
    const { kind, version } = request.params as { kind: string; version: number };
    const template = await templates.version(sql(request.em), kind, version);
    if (!template) throw new AppError('NOTICE_KIND_NOT_FOUND');
    return { ...summary(template), source: template.source };
  });

  app.post('/api/notice-templates', {
    config: { access: can('notice_template', 'manage') },
    schema: {
      tags, summary: 'Thêm loại phiếu mới hoặc phiên bản mới của một loại phiếu (mẫu Handlebars)', body: schemas.newTemplateBody,
      response: { 201: schemas.templateSummary, ...schemas.errorResponses },
    },
  }, async (request, reply) => {
    const input = request.body as NewTemplateVersion;
    const template = await request.em.transactional((tx) => templates.add(sql(tx), input, request.principal.id));
    return reply.status(201).send(summary(template));
  });

  app.post('/api/notice-templates/:kind/versions/:version/activate', {
    config: { access: can('notice_template', 'manage') },
    schema: { tags, summary: 'Áp dụng một phiên bản mẫu phiếu (hoặc quay lại phiên bản cũ)', params: schemas.templateVersionParams, response: { 200: schemas.templateSummary, ...schemas.errorResponses } },
  }, async (request) => {
    const { kind, version } = request.params as { kind: string; version: number };
    return summary(await request.em.transactional((tx) => templates.activate(sql(tx), kind, version)));
  });

  app.get('/api/notice-templates/:kind/versions/:version/preview.pdf', {
    config: { access: can('notice_template', 'manage') },
    schema: { tags, summary: 'Xem trước mẫu phiếu với hồ sơ mẫu', params: schemas.templateVersionParams, response: { 200: schemas.pdfResponse, ...schemas.errorResponses } },
  }, async (request, reply) => {
    const { kind, version } = request.params as { kind: string; version: number };
    const template = await templates.version(sql(request.em), kind, version);
    if (!template) throw new AppError('NOTICE_KIND_NOT_FOUND');
    return sendPdf(reply, { pdf: await notices.preview(template), fileName: `${kind}-v${version}-preview.pdf` });
  });
}
