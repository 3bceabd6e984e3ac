import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/catalogue';
import { PUBLIC, can } from '../identity/access';
import { AgencySchema } from '../organisation/entities';
import { CalendarRulesError, type CalendarRules } from './calendar-rules';
import { CalendarStore } from './calendar-store';
import { toIsoLocal } from './local-time';

declare module 'fastify' {
  interface FastifyInstance {
    calendars: CalendarStore;
  }
}

const tags = ['Lịch làm việc'];
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const dates = { type: 'array', maxItems: 366, items: date } as const;
const period = {
  type: 'object', additionalProperties: false, required: ['start', 'end'],
  properties: { start: { type: 'string', pattern: '^\\d{2}:\\d{2}$' }, end: { type: 'string', pattern: '^\\d{2}:\\d{2}$' } },
} as const;
const rulesResponse = {
  type: 'object',
  properties: {
    timeZone: { type: 'string' }, workingHours: { type: 'array', items: period }, weekendDays: { type: 'array', items: { type: 'integer' } },
    holidays: dates, swappedWorkingDays: dates, swappedDaysOff: dates,
  },
} as const;
const errors = Object.fromEntries([400, 401, 403, 404, 422].map((s) => [s, { $ref: 'ErrorResponse#' }]));

/** Rules problems come back as field details under one stable code. */
async function validated(promise: Promise<CalendarRules>): Promise<CalendarRules> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof CalendarRulesError) throw new AppError('CALENDAR_RULES_INVALID', error.details);
    throw error;
  }
}

/** Lịch làm việc, ngày nghỉ lễ, ngày làm bù và cách tính ngày hẹn trả. */
export const calendarRoutes = fp(async (app: FastifyInstance) => {
  app.decorate('calendars', new CalendarStore());
  await app.calendars.ensure(app.deps.orm.em.fork());

  app.get('/api/calendar', {
    config: { access: PUBLIC },
    schema: { tags, summary: 'Lịch làm việc của tỉnh', response: { 200: rulesResponse } },
  }, async (request) => (await app.calendars.current(request.em)).rules);

  app.get('/api/calendar/due-date', {
    config: { access: PUBLIC },
    schema: {
      tags, summary: 'Tính ngày hẹn trả theo ngày hoặc giờ làm việc',
      querystring: {
        type: 'object', additionalProperties: false, required: ['from', 'value', 'unit'],
        properties: {
          from: { type: 'string', format: 'date-time' }, value: { type: 'number', exclusiveMinimum: 0, maximum: 3650 },
          unit: { type: 'string', enum: ['working_days', 'working_hours'] }, agencyCode: { type: 'string', maxLength: 50 },
        },
      },
      response: { 200: { type: 'object', properties: { dueAt: { type: 'string' }, startsAt: { type: 'string' } } }, ...errors },
    },
  }, async (request) => {
    const query = request.query as { from: string; value: number; unit: 'working_days' | 'working_hours'; agencyCode?: string };
    if (query.agencyCode && !(await request.em.findOne(AgencySchema, { code: query.agencyCode }))) throw new AppError('AGENCY_NOT_FOUND');
    const calendar = await app.calendars.current(request.em);
    const from = new Date(query.from);
    return {
      startsAt: toIsoLocal(calendar.nextWorkingMoment(from)),
      dueAt: toIsoLocal(calendar.addWorkingTime(from, { value: query.value, unit: query.unit })),
    };
  });

  app.put('/api/admin/calendar', {
    config: { access: can('calendar', 'manage') },
    schema: {
      tags, summary: 'Đặt giờ làm việc và ngày nghỉ hằng tuần',
      body: {
        type: 'object', additionalProperties: false, required: ['workingHours', 'weekendDays'],
        properties: {
          workingHours: { type: 'array', minItems: 1, maxItems: 6, items: period },
          weekendDays: { type: 'array', maxItems: 6, items: { type: 'integer', minimum: 1, maximum: 7 } },
        },
      },
      response: { 200: rulesResponse, ...errors },
    },
  }, async (request) => validated(app.calendars.setHours(request.em, request.body as Pick<CalendarRules, 'workingHours' | 'weekendDays'>)));

  app.put('/api/admin/calendar/holidays', {
    config: { access: can('calendar', 'manage') },
    schema: {
      tags, summary: 'Đặt ngày nghỉ lễ, Tết và ngày làm bù của một năm',
      body: {
        type: 'object', additionalProperties: false, required: ['year', 'days'],
        properties: { year: { type: 'integer', minimum: 2000, maximum: 2100 }, days: dates, swappedWorkingDays: dates, swappedDaysOff: dates },
      },
      response: { 200: rulesResponse, ...errors },
    },
  }, async (request) => {
    const body = request.body as { year: number; days: string[]; swappedWorkingDays?: string[]; swappedDaysOff?: string[] };
    return validated(app.calendars.setYear(request.em, {
      year: body.year, holidays: body.days, swappedWorkingDays: body.swappedWorkingDays ?? [], swappedDaysOff: body.swappedDaysOff ?? [],
    }));
  });
}, { name: 'calendar', dependencies: ['context', 'auth'] });
