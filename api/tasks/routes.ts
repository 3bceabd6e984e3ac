import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { toIsoLocal } from '../calendar/local-time';
import { sql } from '../db/sql';
import { can } from '../identity/access';
import { completeTaskCommand, type Completion } from './complete-task';
import { STATUS_LABELS } from '../dossiers/status';
import { INBOX_TOTAL_CAP, listInbox, type InboxQuery } from './inbox';
import { TIME_LEFT_VALUES, type InboxFilters } from './inbox-filters';
import { summariseInbox } from './inbox-summary';
import { assigneesFor } from './assignment';
import { claimTask, taskForOfficer } from './task-access';

const tags = ['Xử lý hồ sơ'];
const work = can('task', 'work');
const errors = Object.fromEntries([400, 401, 403, 404, 409, 422].map((s) => [s, { $ref: 'ErrorResponse#' }]));
/** A diagram's action name, as `tthc:actions` spells them: approve, return, request_supplement… */
const actionName = { type: 'string', minLength: 1, maxLength: 50, pattern: '^[a-z][a-z0-9_]*$' } as const;
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

/** The filters of the inbox and of its summary (InboxFilters). */
const filterProperties = {
  procedureCode: { type: 'string', minLength: 1, maxLength: 50 },
  dossierStatus: { type: 'string', enum: Object.keys(STATUS_LABELS) },
  dueBefore: { type: 'string', format: 'date-time' },
  timeLeft: { type: 'string', enum: TIME_LEFT_VALUES },
  q: { type: 'string', maxLength: 50 },
  mine: { type: 'boolean' },
} as const;

const counted = {
  type: 'object', required: ['count'], properties: { count: { type: 'integer' } },
} as const;

const inboxSummary = {
  type: 'object',
  properties: {
    timeLeft: { type: 'object', properties: Object.fromEntries(TIME_LEFT_VALUES.map((value) => [value, { type: 'integer' }])) },
    procedures: {
      type: 'array',
      items: { ...counted, properties: { code: { type: 'string' }, name: { type: 'string' }, ...counted.properties } },
    },
    dossierStatuses: { type: 'array', items: { ...counted, properties: { status: { type: 'string' }, ...counted.properties } } },
  },
} as const;

/** Hộp công việc: the inbox, claim and complete (API.md, Tasks). */
export const taskRoutes = fp(async (app: FastifyInstance) => {
  const { clock } = app.deps;

  app.get('/api/tasks', {
    config: { access: work },
    schema: {
      tags, summary: 'Công việc cán bộ được xử lý (theo vai trò, cơ quan, phòng), lọc và phân trang trên máy chủ',
      description: 'Trả về một trang, xếp theo hạn xử lý (sớm nhất trước, không có hạn sau cùng) rồi theo mã công việc. '
        + `Tổng số công việc khớp bộ lọc ở header X-Total-Count, đếm tối đa ${INBOX_TOTAL_CAP.toLocaleString('vi-VN')}: `
        + 'khi vượt mức này, X-Total-Count bằng mức tối đa và header X-Total-Count-Capped là true. '
        + 'Sắp đến hạn nghĩa là còn không quá 4 giờ làm việc theo lịch làm việc.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          ...filterProperties,
          page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 }, pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
      },
      response: { 200: { type: 'array', items: inboxItem }, ...errors },
    },
  }, async (request, reply) => {
    const calendar = await app.calendars.current(request.em);
    const page = await listInbox(sql(request.em), calendar, clock.now(), request.principal, request.query as InboxQuery);
    reply.header('X-Total-Count', page.total);
    if (page.capped) reply.header('X-Total-Count-Capped', 'true');
    return page.items;
  });

  app.get('/api/tasks/summary', {
    config: { access: work },
    schema: {
      tags, summary: 'Số công việc theo thời hạn, thủ tục và tình trạng hồ sơ, cho các nút lọc của hộp công việc',
      description: 'Mỗi nhóm được đếm theo các bộ lọc còn lại, không tính bộ lọc của chính nhóm đó.',
      querystring: { type: 'object', additionalProperties: false, properties: filterProperties },
      response: { 200: inboxSummary, ...errors },
    },
  }, async (request) => {
    const calendar = await app.calendars.current(request.em);
    return summariseInbox(sql(request.em), calendar, clock.now(), request.principal, request.query as InboxFilters);
  });

  app.post('/api/tasks/:id/claim', {
    config: { access: work },
    schema: { tags, summary: 'Nhận xử lý công việc', params: idParams, response: { 204: { type: 'null' }, ...errors } },
  }, async (request, reply) => {
    await claimTask(sql(request.em), request.principal, (request.params as { id: number }).id, clock.now());
    return reply.status(204).send();
  });

  app.get('/api/tasks/:id/assignees', {
    config: { access: work },
    schema: {
      tags, summary: 'Cán bộ có thể được phân công xử lý bước mà thao tác sẽ mở (ít việc đang giữ trước)', params: idParams,
      querystring: {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: { action: actionName },
      },
      response: {
        200: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'integer' }, username: { type: 'string' }, fullName: { type: 'string' }, departmentCode: { type: ['string', 'null'] },
              steps: { type: 'array', items: { type: 'string' } }, openTasks: { type: 'integer' },
            },
          },
        },
        ...errors,
      },
    },
  }, async (request) => {
    const db = sql(request.em);
    const task = await taskForOfficer(db, request.principal, (request.params as { id: number }).id);
    const definition = await app.definitions.get(request.em, task.process_definition_id);
    return assigneesFor(db, definition, task, (request.query as { action: string }).action, clock.now());
  });

  app.post('/api/tasks/:id/complete', {
    config: { access: work },
    schema: {
      tags, summary: 'Hoàn thành bước xử lý với một thao tác (chuyển, trình, phê duyệt, trả lại…)', params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: {
          action: actionName,
          comment: { type: 'string', maxLength: 4000 },
          data: { type: 'object', maxProperties: 200 },
          formData: { type: 'object' },
          attachmentIds: { type: 'array', maxItems: 20, items: { type: 'integer', minimum: 1 } },
          assignTo: { type: 'integer', minimum: 1 },
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
