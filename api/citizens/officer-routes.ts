import type { FastifyInstance } from 'fastify';
import { can } from '../identity/access';
import { answerDeadlines, answerFeedback, feedbackInbox, publishAnswer, setAnswerDeadlines, type FeedbackKind } from './feedback';
import { configureCriteria, ratingCriteria, ratingsByOfficer } from './ratings';
import { criterion, errorResponses, feedbackItem, periodQuery } from './schemas';

const deadlines = {
  type: 'object',
  properties: { question: { type: 'number', exclusiveMinimum: 0, maximum: 60 }, feedback: { type: 'number', exclusiveMinimum: 0, maximum: 60 } },
} as const;

const feedbackParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

/** As the citizen sees it, plus the working days left to answer (negative once late; null once answered). */
const inboxItem = { type: 'object', properties: { ...feedbackItem.properties, workingDaysLeft: { type: ['number', 'null'] } } } as const;

/**
 * The back office's side of the citizen services: answering feedback and questions routed to an
 * agency, reading ratings per officer, and configuring criteria and answer deadlines.
 */
export async function citizenServicesOfficerRoutes(app: FastifyInstance) {
  const { clock } = app.deps;

  app.get('/api/feedback', {
    config: { access: can('feedback', 'answer') },
    schema: {
      tags: ['Phản ánh, hỏi đáp'], summary: 'Phản ánh, kiến nghị và câu hỏi gửi đến các cơ quan trong phạm vi (chưa trả lời trước, hạn gần nhất trước)',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { status: { type: 'string', enum: ['open', 'answered'] }, kind: { type: 'string', enum: ['feedback', 'question'] } },
      },
      response: { 200: { type: 'array', items: inboxItem }, ...errorResponses },
    },
  }, async (request) => feedbackInbox(
    request.em, await app.calendars.current(request.em), request.principal, request.query as { status?: 'open' | 'answered'; kind?: FeedbackKind }, clock.now(),
  ));

  app.post('/api/feedback/:id/answer', {
    config: { access: can('feedback', 'answer') },
    schema: {
      tags: ['Phản ánh, hỏi đáp'], summary: 'Trả lời, và công khai câu trả lời nếu chọn',
      params: feedbackParams,
      body: {
        type: 'object', additionalProperties: false, required: ['answer', 'publish'],
        properties: { answer: { type: 'string', minLength: 10, maxLength: 20000 }, publish: { type: 'boolean' } },
      },
      response: { 200: feedbackItem, ...errorResponses },
    },
  }, async (request) => answerFeedback(request.em, request.principal, (request.params as { id: number }).id, request.body as { answer: string; publish: boolean }, clock.now()));

  app.put('/api/feedback/:id/published', {
    config: { access: can('feedback', 'answer') },
    schema: {
      tags: ['Phản ánh, hỏi đáp'], summary: 'Công khai, hoặc thôi công khai, câu trả lời đã gửi',
      params: feedbackParams,
      body: { type: 'object', additionalProperties: false, required: ['published'], properties: { published: { type: 'boolean' } } },
      response: { 200: feedbackItem, ...errorResponses },
    },
  }, async (request) => publishAnswer(request.em, request.principal, (request.params as { id: number }).id, (request.body as { published: boolean }).published, clock.now()));

  app.get('/api/admin/feedback-settings', {
    config: { access: can('feedback', 'configure') },
    schema: { tags: ['Phản ánh, hỏi đáp'], summary: 'Thời hạn trả lời (ngày làm việc)', response: { 200: deadlines, ...errorResponses } },
  }, async (request) => answerDeadlines(request.em));

  app.put('/api/admin/feedback-settings', {
    config: { access: can('feedback', 'configure') },
    schema: {
      tags: ['Phản ánh, hỏi đáp'], summary: 'Đặt thời hạn trả lời (ngày làm việc) cho câu hỏi và phản ánh, kiến nghị',
      body: { ...deadlines, additionalProperties: false, minProperties: 1 },
      response: { 200: deadlines, ...errorResponses },
    },
  }, async (request) => setAnswerDeadlines(request.em, request.body as Partial<Record<FeedbackKind, number>>));

  app.get('/api/ratings/officers', {
    config: { access: can('rating', 'read') },
    schema: {
      tags: ['Đánh giá mức độ hài lòng'], summary: 'Kết quả đánh giá theo cán bộ đã xử lý hồ sơ, trong phạm vi quản lý',
      querystring: { type: 'object', additionalProperties: false, properties: periodQuery },
      response: {
        200: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              username: { type: 'string' }, fullName: { type: 'string' }, agencyCode: { type: ['string', 'null'] }, ratings: { type: 'integer' },
              average: { type: 'number' },
            },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => ratingsByOfficer(request.em, request.principal, request.query as { from?: string; to?: string }));

  app.get('/api/admin/rating-criteria', {
    config: { access: can('rating', 'configure') },
    schema: { tags: ['Đánh giá mức độ hài lòng'], summary: 'Mọi tiêu chí, kể cả tiêu chí đã thôi áp dụng', response: { 200: { type: 'array', items: criterion }, ...errorResponses } },
  }, async (request) => ratingCriteria(request.em, true));

  app.put('/api/admin/rating-criteria', {
    config: { access: can('rating', 'configure') },
    schema: {
      tags: ['Đánh giá mức độ hài lòng'], summary: 'Đặt bộ tiêu chí đánh giá (theo thứ tự hiển thị); tiêu chí không còn trong danh sách thôi áp dụng',
      body: {
        type: 'object', additionalProperties: false, required: ['criteria'],
        properties: {
          criteria: {
            type: 'array', minItems: 1, maxItems: 30,
            items: {
              type: 'object', additionalProperties: false, required: ['code', 'name'],
              properties: { code: { type: 'string', pattern: '^[a-z][a-z0-9_]{1,49}$' }, name: { type: 'string', minLength: 3, maxLength: 300 } },
            },
          },
        },
      },
      response: { 200: { type: 'array', items: criterion }, ...errorResponses },
    },
  }, async (request) => configureCriteria(request.em, (request.body as { criteria: { code: string; name: string }[] }).criteria));
}
