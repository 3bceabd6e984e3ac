import type { FastifyInstance } from 'fastify';
import { localDate } from '../calendar/local-time';
import { sql } from '../db/sql';
import { CITIZEN } from '../identity/access';
import { forgetDocument, personalData, savePersonalData, storedDocuments } from './data-store';
import { myFeedback, submitFeedback, type NewFeedback } from './feedback';
import { listMyDossiers, myDossierDetail, type DossierListQuery } from './my-dossiers';
import { rateDossier, type RatingInput } from './ratings';
import { codeParams, dossierDetail, dossierSummary, errorResponses, feedbackItem, pageQuery } from './schemas';

/** Dịch vụ của công dân đã đăng nhập: hồ sơ của tôi, đánh giá, phản ánh và hỏi đáp, kho dữ liệu. */
export async function citizenRoutes(app: FastifyInstance) {
  const { clock } = app.deps;
  const citizenOf = (request: { citizen: { id: number; subject: string; idNumber: string | null } | null }) => request.citizen!;

  app.get('/api/citizen/dossiers', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: hồ sơ của tôi'], summary: 'Hồ sơ tôi đã nộp (mới nhất trước); tổng số ở header X-Total-Count',
      querystring: { type: 'object', additionalProperties: false, properties: { state: { type: 'string', enum: ['open', 'closed'] }, ...pageQuery } },
      response: { 200: { type: 'array', items: dossierSummary }, ...errorResponses },
    },
  }, async (request, reply) => {
    const page = await listMyDossiers(sql(request.em), await app.calendars.current(request.em), clock.now(), citizenOf(request).subject, request.query as DossierListQuery);
    void reply.header('x-total-count', String(page.total));
    return page.items;
  });

  app.get('/api/citizen/dossiers/:code', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: hồ sơ của tôi'], summary: 'Hồ sơ của tôi: tình trạng, việc cần làm, lịch sử bằng lời dễ hiểu, phiếu tải về', params: codeParams,
      response: { 200: dossierDetail, ...errorResponses },
    },
  }, async (request) => myDossierDetail(
    sql(request.em), await app.calendars.current(request.em), clock.now(), citizenOf(request).subject, (request.params as { code: string }).code,
  ));

  app.post('/api/citizen/dossiers/:code/rating', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: đánh giá'], summary: 'Đánh giá việc giải quyết hồ sơ (một lần, sau khi có kết quả)', params: codeParams,
      body: {
        type: 'object', additionalProperties: false, required: ['scores'],
        properties: {
          scores: { type: 'object', maxProperties: 50, additionalProperties: { type: 'integer', minimum: 1, maximum: 5 } },
          comment: { type: 'string', maxLength: 2000 },
        },
      },
      response: { 201: { type: 'object', properties: { code: { type: 'string' }, average: { type: 'number' }, createdAt: { type: 'string' } } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const rating = await rateDossier(request.em, citizenOf(request), (request.params as { code: string }).code, request.body as RatingInput, clock.now());
    return reply.status(201).send(rating);
  });

  app.get('/api/citizen/feedback', {
    config: { access: CITIZEN },
    schema: { tags: ['Công dân: phản ánh, hỏi đáp'], summary: 'Phản ánh, kiến nghị và câu hỏi tôi đã gửi', response: { 200: { type: 'array', items: feedbackItem }, ...errorResponses } },
  }, async (request) => myFeedback(request.em, citizenOf(request).id, clock.now()));

  app.post('/api/citizen/feedback', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: phản ánh, hỏi đáp'], summary: 'Gửi phản ánh, kiến nghị hoặc câu hỏi đến cơ quan',
      body: {
        type: 'object', additionalProperties: false, required: ['kind', 'agencyCode', 'title', 'body'],
        properties: {
          kind: { type: 'string', enum: ['feedback', 'question'] },
          agencyCode: { type: 'string', minLength: 1, maxLength: 50 },
          procedureCode: { type: 'string', maxLength: 50 },
          dossierCode: { type: 'string', maxLength: 80 },
          title: { type: 'string', minLength: 5, maxLength: 300 },
          body: { type: 'string', minLength: 10, maxLength: 8000 },
        },
      },
      response: { 201: feedbackItem, ...errorResponses },
    },
  }, async (request, reply) => {
    const created = await submitFeedback(request.em, await app.calendars.current(request.em), citizenOf(request), request.body as NewFeedback, clock.now());
    return reply.status(201).send(created);
  });

  const documentItem = {
    type: 'object',
    properties: {
      id: { type: 'string' }, kind: { type: 'string' }, name: { type: 'string' }, dossierCode: { type: ['string', 'null'] },
      procedureName: { type: ['string', 'null'] }, componentCode: { type: ['string', 'null'] }, fileName: { type: ['string', 'null'] },
      contentType: { type: ['string', 'null'] }, sizeBytes: { type: ['integer', 'null'] }, createdAt: { type: 'string' },
      downloadUrl: { type: ['string', 'null'] }, removable: { type: 'boolean' }, reusable: { type: 'boolean' },
    },
  } as const;
  const storeResponse = {
    type: 'object',
    properties: { personalData: { type: 'object', additionalProperties: true }, documents: { type: 'array', items: documentItem } },
  } as const;

  app.get('/api/citizen/data-store', {
    config: { access: CITIZEN },
    schema: { tags: ['Công dân: kho dữ liệu'], summary: 'Kho dữ liệu cá nhân: thông tin đã khai và giấy tờ, kết quả đã có', response: { 200: storeResponse, ...errorResponses } },
  }, async (request) => ({
    personalData: await personalData(request.em, citizenOf(request).id),
    documents: await storedDocuments(request.em, citizenOf(request), localDate(clock.now())),
  }));

  app.patch('/api/citizen/data-store/personal-data', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: kho dữ liệu'], summary: 'Lưu thông tin để tự động điền ở lần nộp sau (null để xóa một mục)',
      body: { type: 'object', maxProperties: 100, additionalProperties: true },
      response: { 200: { type: 'object', additionalProperties: true }, ...errorResponses },
    },
  }, async (request) => savePersonalData(request.em, citizenOf(request).id, request.body as Record<string, unknown>, clock.now()));

  app.delete('/api/citizen/data-store/documents/:id', {
    config: { access: CITIZEN },
    schema: {
      tags: ['Công dân: kho dữ liệu'], summary: 'Bỏ một giấy tờ khỏi kho',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } },
      response: { 204: { type: 'null' }, ...errorResponses },
    },
  }, async (request, reply) => {
    await forgetDocument(request.em, citizenOf(request).id, (request.params as { id: string }).id, clock.now());
    return reply.status(204).send();
  });
}
