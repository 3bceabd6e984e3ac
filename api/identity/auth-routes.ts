import type { FastifyInstance, FastifyReply } from 'fastify';
import { PUBLIC } from './access';
import { SESSION_COOKIE } from './auth-plugin';
import { changePassword, checkCredentials } from './login';
import { describePrincipal, type Principal } from './principal';

const TOKEN_TTL_SECONDS = 8 * 3600;

const sessionUser = {
  type: 'object',
  properties: {
    username: { type: 'string' },
    fullName: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
    agencyCode: { type: ['string', 'null'] },
    departmentCode: { type: ['string', 'null'] },
    mustChangePassword: { type: 'boolean' },
  },
} as const;

const sessionResponse = {
  type: 'object',
  properties: { token: { type: 'string' }, expiresIn: { type: 'integer' }, user: sessionUser },
} as const;

const errors = { 400: { $ref: 'ErrorResponse#' }, 401: { $ref: 'ErrorResponse#' }, 403: { $ref: 'ErrorResponse#' } };

/** Đăng nhập, đổi mật khẩu, đăng xuất cho cán bộ. */
export default async function authRoutes(app: FastifyInstance) {
  const rateLimit = { max: app.deps.config.authRateLimitPerMinute, timeWindow: '1 minute' };

  async function issueSession(reply: FastifyReply, principal: Principal) {
    const token = await reply.jwtSign({ sub: String(principal.id), ver: principal.tokenVersion }, { expiresIn: TOKEN_TTL_SECONDS });
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'strict', path: '/', maxAge: TOKEN_TTL_SECONDS,
      secure: app.deps.config.publicUrl.startsWith('https://'),
    });
    return { token, expiresIn: TOKEN_TTL_SECONDS, user: describePrincipal(principal) };
  }

  app.post('/api/auth/login', {
    config: { access: PUBLIC, rateLimit },
    schema: {
      tags: ['Xác thực'],
      summary: 'Đăng nhập tài khoản cán bộ',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password'],
        properties: { username: { type: 'string', minLength: 1, maxLength: 100 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
      },
      response: { 200: sessionResponse, ...errors },
    },
  }, async (request, reply) => {
    const { username, password } = request.body as { username: string; password: string };
    const principal = await checkCredentials(request.em, app.deps.clock, username, password);
    request.log.info({ username: principal.username }, 'officer signed in');
    return issueSession(reply, principal);
  });

  app.post('/api/auth/change-password', {
    config: { access: { signedIn: true, beforePasswordChange: true }, rateLimit },
    schema: {
      tags: ['Xác thực'],
      summary: 'Đổi mật khẩu (bắt buộc ở lần đăng nhập đầu tiên)',
      body: {
        type: 'object', additionalProperties: false, required: ['currentPassword', 'newPassword'],
        properties: { currentPassword: { type: 'string', minLength: 1, maxLength: 200 }, newPassword: { type: 'string', minLength: 1, maxLength: 200 } },
      },
      response: { 200: sessionResponse, ...errors, 422: { $ref: 'ErrorResponse#' } },
    },
  }, async (request, reply) => {
    const { currentPassword, newPassword } = request.body as { currentPassword: string; newPassword: string };
    const principal = await changePassword(request.em, app.deps.clock, request.principal, currentPassword, newPassword);
    return issueSession(reply, principal);
  });

  app.get('/api/auth/me', {
    config: { access: { signedIn: true, beforePasswordChange: true } },
    schema: { tags: ['Xác thực'], summary: 'Tài khoản đang đăng nhập', response: { 200: sessionUser, 401: { $ref: 'ErrorResponse#' } } },
  }, async (request) => describePrincipal(request.principal));

  app.post('/api/auth/logout', {
    config: { access: PUBLIC },
    schema: { tags: ['Xác thực'], summary: 'Đăng xuất khỏi trình duyệt', response: { 204: { type: 'null' } } },
  }, async (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
}
