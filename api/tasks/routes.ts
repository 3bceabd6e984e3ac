import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';
import { can } from '../identity/access';
import { completeTaskCommand, type Completion } from './complete-task';
import { listInbox, type InboxQuery } from './inbox';
import { claimTask } from './task-access';

const tags = ['Xử lý hồ sơ'];
const work = can('task', 'work');
const errors = Object.fromEntries([400, 401, 403, 404, 409, 422].map((s) => [s, { $ref: 'ErrorResponse#' }]));
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

const inboxItem = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, dossierCode: { type: 'string' }, taskKey: { type: 'string' }, name: { type: 'string' },
    role: { type: 'string' }, assignee: { type: ['string', 'null'] }, dueAt: { type: ['string', 'null'] }, createdAt: { type: 'string' },
    procedureCode: { type: 'string' }, procedureName: { type: 'string' }, dossierStatus: { type: 'string' },
    actions: { type: 'array', items: { type: 'string' } },
    timeLeft: { type: 'string', enum: ['on_time', 'due_soon', 'overdue', 'no_deadline'] },
  },
} as const;

/** Hộp công việc: the inbox, claim and complete (API.md, Tasks). */
export const taskRoutes = fp(async (app: FastifyInstance) => {
  const { clock } = app.deps;

  app.get('/api/tasks', {
    config: { access: work },
    schema: {
      tags, summary: 'Công việc cán bộ được xử lý (theo vai trò, cơ quan, phòng)',
      description: 'Trả về một mảng; tổng số bản ghi nằm ở header X-Total-Count.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          procedureCode: { type: 'string', maxLength: 50 }, dueBefore: { type: 'string', format: 'date-time' },
          timeLeft: { type: 'string', enum: ['overdue', 'no_deadline'] }, mine: { type: 'boolean' },
          page: { type: 'integer', minimum: 1, default: 1 }, pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
      },
      response: { 200: { type: 'array', items: inboxItem }, ...errors },
    },
  }, async (request, reply) => {
    const calendar = await app.calendars.current(request.em);
    const page = await listInbox(sql(request.em), calendar, clock.now(), request.principal, request.query as InboxQuery);
    reply.header('X-Total-Count', page.total);
    return page.items;
  });

  app.post('/api/tasks/:id/claim', {
    config: { access: work },
    schema: { tags, summary: 'Nhận xử lý công việc', params: idParams, response: { 204: { type: 'null' }, ...errors } },
  }, async (request, reply) => {
    await claimTask(sql(request.em), request.principal, (request.params as { id: number }).id, clock.now());
    return reply.status(204).send();
  });

  app.post('/api/tasks/:id/complete', {
    config: { access: work },
    schema: {
      tags, summary: 'Hoàn thành bước xử lý với một thao tác (chuyển, trình, phê duyệt, trả lại…)', params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: {
          action: { type: 'string', minLength: 1, maxLength: 50, pattern: '^[a-z][a-z0-9_]*$' },
          comment: { type: 'string', maxLength: 4000 },
          data: { type: 'object', maxProperties: 200 },
          formData: { type: 'object' },
          attachmentIds: { type: 'array', maxItems: 20, items: { type: 'integer', minimum: 1 } },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            dossierCode: { type: 'string' }, status: { type: 'string' },
            openTasks: { type: 'array', items: { type: 'object', properties: {
              id: { type: 'integer' }, taskKey: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, dueAt: { type: ['string', 'null'] },
            } } },
          },
        },
        ...errors,
      },
    },
  }, async (request) => {
    const calendar = await app.calendars.current(request.em);
    const result = await request.em.transactional((tx) => completeTaskCommand(
      sql(tx), app.definitions, tx, calendar, request.principal, (request.params as { id: number }).id, request.body as Completion, clock.now(),
    ));
    return { ...result, openTasks: result.openTasks.map((t) => ({ ...t, dueAt: t.dueAt ? toIsoLocal(t.dueAt) : null })) };
  });
}, { name: 'tasks', dependencies: ['calendar', 'workflow'] });
