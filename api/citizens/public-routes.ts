import type { FastifyInstance } from 'fastify';
import { localDate } from '../calendar/local-time';
import { AppError } from '../errors/catalogue';
import { PUBLIC } from '../identity/access';
import { publishedAnswer, publishedAnswers, type PublicQuery } from './feedback';
import { publishedApologies, agencyStatistics } from './public-statistics';
import { ratingCriteria, ratingsByAgency, SCORE_LABELS } from './ratings';
import { criterion, errorResponses, feedbackItem, pageQuery, periodQuery } from './schemas';

const statisticsRow = {
  type: 'object',
  properties: {
    agencyCode: { type: 'string' }, agencyName: { type: 'string' }, level: { type: 'string' }, received: { type: 'integer' },
    resolved: { type: 'integer' }, resolvedOnTime: { type: 'integer' }, resolvedLate: { type: 'integer' }, inProgress: { type: 'integer' },
    overdue: { type: 'integer' }, onTimeRate: { type: ['number', 'null'] },
  },
} as const;

const { agencyCode: _a, agencyName: _n, level: _l, ...totalsProperties } = statisticsRow.properties;

/** Công khai trên Cổng Dịch vụ công, without signing in: statistics, apologies, ratings, answers. */
export async function publicPortalRoutes(app: FastifyInstance) {
  const { clock } = app.deps;

  /** The period asked for, by default the current year up to today (Vietnam time). */
  function period(query: { from?: string; to?: string }) {
    const today = localDate(clock.now());
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    if (from > to) throw new AppError('VALIDATION_FAILED', [{ path: '/from', message: 'Ngày bắt đầu phải trước ngày kết thúc.' }]);
    return { from, to };
  }

  app.get('/api/public/statistics', {
    config: { access: PUBLIC },
    schema: {
      tags: ['Công khai'], summary: 'Tình hình giải quyết hồ sơ theo cơ quan: tiếp nhận, đã giải quyết, đúng hạn, tỉ lệ đúng hạn',
      querystring: { type: 'object', additionalProperties: false, properties: periodQuery },
      response: {
        200: {
          type: 'object',
          properties: {
            from: { type: 'string' }, to: { type: 'string' }, totals: { type: 'object', properties: totalsProperties },
            agencies: { type: 'array', items: statisticsRow },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => agencyStatistics(request.em, period(request.query as { from?: string; to?: string }), clock.now()));

  app.get('/api/public/apologies', {
    config: { access: PUBLIC },
    schema: {
      tags: ['Công khai'], summary: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả đã phát hành; tổng số ở header X-Total-Count',
      querystring: { type: 'object', additionalProperties: false, properties: { ...periodQuery, agencyCode: { type: 'string', maxLength: 50 }, ...pageQuery } },
      response: {
        200: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              issuedAt: { type: 'string' }, dossierCode: { type: 'string' }, procedureName: { type: 'string' }, agencyName: { type: 'string' },
              applicantName: { type: 'string' }, reason: { type: ['string', 'null'] }, previousDueAt: { type: ['string', 'null'] },
              newDueAt: { type: ['string', 'null'] },
            },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const query = request.query as { from?: string; to?: string; agencyCode?: string; page: number; pageSize: number };
    const page = await publishedApologies(request.em, { ...query, ...period(query) });
    void reply.header('x-total-count', String(page.total));
    return page.items;
  });

  app.get('/api/public/rating-criteria', {
    config: { access: PUBLIC },
    schema: {
      tags: ['Công khai'], summary: 'Tiêu chí đánh giá mức độ hài lòng đang áp dụng và thang điểm',
      response: {
        200: {
          type: 'object',
          properties: {
            criteria: { type: 'array', items: criterion },
            scale: { type: 'array', items: { type: 'object', properties: { score: { type: 'integer' }, label: { type: 'string' } } } },
          },
        },
      },
    },
  }, async (request) => ({ criteria: await ratingCriteria(request.em), scale: SCORE_LABELS.map((label, index) => ({ score: index + 1, label })) }));

  app.get('/api/public/ratings', {
    config: { access: PUBLIC },
    schema: {
      tags: ['Công khai'], summary: 'Kết quả đánh giá mức độ hài lòng theo cơ quan',
      querystring: { type: 'object', additionalProperties: false, properties: periodQuery },
      response: {
        200: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              agencyCode: { type: 'string' }, agencyName: { type: 'string' }, ratings: { type: 'integer' }, average: { type: 'number' },
              satisfiedRate: { type: 'number' },
              criteria: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, average: { type: 'number' } } } },
            },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => ratingsByAgency(request.em, period(request.query as { from?: string; to?: string })));

  const { dossierCode: _d, overdue: _o, dueAt: _due, ...publicAnswer } = feedbackItem.properties;

  app.get('/api/public/questions', {
    config: { access: PUBLIC },
    schema: {
      tags: ['Công khai'], summary: 'Tìm câu trả lời đã công khai (có hoặc không dấu); tổng số ở header X-Total-Count',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { q: { type: 'string', maxLength: 200 }, agencyCode: { type: 'string', maxLength: 50 }, kind: { type: 'string', enum: ['feedback', 'question'] }, ...pageQuery },
      },
      response: { 200: { type: 'array', items: { type: 'object', properties: publicAnswer } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const page = await publishedAnswers(request.em, request.query as PublicQuery, clock.now());
    void reply.header('x-total-count', String(page.total));
    return page.items;
  });

  app.get('/api/public/questions/:id', {
    config: { access: PUBLIC },
    schema: {
      tags: ['Công khai'], summary: 'Một câu trả lời đã công khai',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      response: { 200: { type: 'object', properties: publicAnswer }, ...errorResponses },
    },
  }, async (request) => publishedAnswer(request.em, (request.params as { id: number }).id, clock.now()));
}
