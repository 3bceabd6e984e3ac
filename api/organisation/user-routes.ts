import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ROLE_NAMES } from '../authz/roles';
import { can } from '../identity/access';
import type { User } from '../identity/entities';
import { code, errorResponses, name } from './schemas';
import {
  createOfficer, listOfficers, resetPassword, revokeOfficer, unlockOfficer, updateOfficer, type NewOfficer,
} from './user-service';

const tags = ['Tài khoản cán bộ'];
const manage = can('user', 'manage');
const username = { type: 'string', minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' } as const;
const roles = { type: 'array', minItems: 1, maxItems: 10, items: { type: 'string', enum: ROLE_NAMES } } as const;
const usernameParams = { type: 'object', required: ['username'], properties: { username } } as const;

const officer = {
  type: 'object',
  properties: {
    username: { type: 'string' }, fullName: { type: 'string' }, email: { type: ['string', 'null'] },
    agencyCode: { type: ['string', 'null'] }, departmentCode: { type: ['string', 'null'] },
    roles: { type: 'array', items: { type: 'string' } },
    mustChangePassword: { type: 'boolean' }, locked: { type: 'boolean' }, revoked: { type: 'boolean' },
  },
} as const;

/** Quản lý tài khoản cán bộ: agency administrators inside their subtree, the system administrator everywhere. */
export default async function userRoutes(app: FastifyInstance) {
  const { clock } = app.deps;

  async function view(request: FastifyRequest, user: User) {
    const page = await listOfficers(request.em, clock, request.principal, { q: user.username, page: 1, pageSize: 50 });
    return page.items.find((item) => item.username === user.username)!;
  }

  app.post('/api/admin/users', {
    config: { access: manage },
    schema: {
      tags, summary: 'Tạo tài khoản cán bộ',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password', 'fullName', 'agencyCode', 'roles'],
        properties: {
          username, password: { type: 'string', minLength: 1, maxLength: 200 }, fullName: name,
          email: { type: 'string', format: 'email', maxLength: 200 }, agencyCode: code(), departmentCode: code(), roles,
        },
      },
      response: { 201: officer, ...errorResponses },
    },
  }, async (request, reply) => {
    const user = await createOfficer(request.em, request.principal, request.body as NewOfficer);
    return reply.status(201).send(await view(request, user));
  });

  app.get('/api/admin/users', {
    config: { access: manage },
    schema: {
      tags, summary: 'Danh sách cán bộ trong phạm vi quản lý',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          agencyCode: code(), q: { type: 'string', maxLength: 100 },
          page: { type: 'integer', minimum: 1, default: 1 }, pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
        },
      },
      response: { 200: { type: 'object', properties: { total: { type: 'integer' }, items: { type: 'array', items: officer } } }, ...errorResponses },
    },
  }, async (request) => listOfficers(request.em, clock, request.principal, request.query as never));

  app.patch('/api/admin/users/:username', {
    config: { access: manage },
    schema: {
      tags, summary: 'Sửa tài khoản, vai trò, phòng', params: usernameParams,
      body: {
        type: 'object', additionalProperties: false, minProperties: 1,
        properties: { fullName: name, email: { type: ['string', 'null'], maxLength: 200 }, departmentCode: { anyOf: [code(), { type: 'null' }] }, roles },
      },
      response: { 200: officer, ...errorResponses },
    },
  }, async (request) => {
    const { username: target } = request.params as { username: string };
    return view(request, await updateOfficer(request.em, request.principal, target, request.body as never));
  });

  app.post('/api/admin/users/:username/reset-password', {
    config: { access: manage },
    schema: {
      tags, summary: 'Cấp lại mật khẩu (phải đổi khi đăng nhập)', params: usernameParams,
      body: { type: 'object', additionalProperties: false, required: ['newPassword'], properties: { newPassword: { type: 'string', minLength: 1, maxLength: 200 } } },
      response: { 204: { type: 'null' }, ...errorResponses },
    },
  }, async (request, reply) => {
    const { username: target } = request.params as { username: string };
    await resetPassword(request.em, request.principal, target, (request.body as { newPassword: string }).newPassword);
    return reply.status(204).send();
  });

  app.post('/api/admin/users/:username/revoke', {
    config: { access: manage },
    schema: { tags, summary: 'Thu hồi tài khoản', params: usernameParams, response: { 204: { type: 'null' }, ...errorResponses } },
  }, async (request, reply) => {
    const { username: target } = request.params as { username: string };
    await revokeOfficer(request.em, clock, request.principal, target);
    return reply.status(204).send();
  });

  app.post('/api/admin/users/:username/unlock', {
    config: { access: manage },
    schema: { tags, summary: 'Mở khóa tài khoản bị khóa do đăng nhập sai', params: usernameParams, response: { 204: { type: 'null' }, ...errorResponses } },
  }, async (request, reply) => {
    const { username: target } = request.params as { username: string };
    await unlockOfficer(request.em, request.principal, target);
    return reply.status(204).send();
  });
}
