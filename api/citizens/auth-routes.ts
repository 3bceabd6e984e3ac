import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../errors/catalogue';
import { CITIZEN, PUBLIC } from '../identity/access';
import { CITIZEN_COOKIE } from '../identity/auth-plugin';
import { citizenProfile, identityFromClaims, updateContact, upsertCitizen } from './profile';
import { errorResponses, profileResponse } from './schemas';
import type { CitizenSignIn, LoginChecks } from './sign-in';

/** How long a citizen stays signed in on the portal. */
export const CITIZEN_TOKEN_TTL_SECONDS = 4 * 3600;
/** Carries state, nonce and the PKCE verifier from the redirect to the provider to the way back. */
const LOGIN_COOKIE = 'tthc_oidc';
const LOGIN_TTL_SECONDS = 600;
const AUTH_PATH = '/api/citizen/auth';
/** The portal page that explains a failed sign-in. */
const SIGN_IN_PAGE = '/dang-nhap';

interface LoginState extends LoginChecks {
  typ: 'citizen-login';
  returnTo: string;
}

const tags = ['Công dân: đăng nhập'];

/** Only a path of the portal itself: never another site, never `//host`. */
function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && !value.startsWith('/api/') ? value : '/ho-so-cua-toi';
}

/** Đăng nhập công dân, tổ chức qua VNeID (C1), hồ sơ cá nhân và thông tin liên hệ. */
export async function citizenAuthRoutes(app: FastifyInstance, options: { signIn: CitizenSignIn | null; providerName: string }) {
  const { signIn, providerName } = options;
  const { config, clock } = app.deps;
  const secure = config.publicUrl.startsWith('https://');
  const publicUrl = config.publicUrl.replace(/\/+$/, '');
  const rateLimit = { max: config.authRateLimitPerMinute, timeWindow: '1 minute' };

  function failed(reply: FastifyReply, code: 'CITIZEN_SIGNIN_FAILED' | 'CITIZEN_SIGNIN_CANCELLED') {
    reply.clearCookie(LOGIN_COOKIE, { path: AUTH_PATH });
    return reply.redirect(`${SIGN_IN_PAGE}?loi=${code}`, 303);
  }

  app.get('/api/citizen/auth/config', {
    config: { access: PUBLIC },
    schema: {
      tags, summary: 'Cách đăng nhập của công dân, tổ chức',
      response: { 200: { type: 'object', properties: { available: { type: 'boolean' }, provider: { type: 'string' }, demo: { type: 'boolean' } } } },
    },
  }, async () => ({ available: signIn !== null, provider: providerName, demo: config.demoIdentityProvider }));

  app.get('/api/citizen/auth/login', {
    config: { access: PUBLIC, rateLimit },
    schema: {
      tags, summary: 'Chuyển đến trang đăng nhập của nhà cung cấp định danh (VNeID)',
      querystring: { type: 'object', properties: { returnTo: { type: 'string', maxLength: 500 } } },
      response: { 302: { type: 'null' }, 503: { $ref: 'ErrorResponse#' } },
    },
  }, async (request, reply) => {
    if (!signIn) throw new AppError('CITIZEN_SIGNIN_UNAVAILABLE');
    let started;
    try {
      started = await signIn.start();
    } catch (error) {
      request.log.error({ err: error, issuer: signIn.issuer }, 'identity provider unreachable');
      throw new AppError('CITIZEN_SIGNIN_UNAVAILABLE');
    }
    const state: LoginState = { typ: 'citizen-login', ...started.checks, returnTo: safeReturnTo((request.query as { returnTo?: string }).returnTo) };
    const token = app.jwt.sign(state as never, { expiresIn: LOGIN_TTL_SECONDS });
    // Lax: the provider sends the browser back with a top-level GET from its own site.
    reply.setCookie(LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: AUTH_PATH, maxAge: LOGIN_TTL_SECONDS });
    return reply.header('cache-control', 'no-store').redirect(started.url, 302);
  });

  app.get('/api/citizen/auth/callback', {
    config: { access: PUBLIC, rateLimit },
    schema: {
      tags, summary: 'Nhận kết quả đăng nhập từ nhà cung cấp định danh',
      querystring: { type: 'object', additionalProperties: true, properties: { code: { type: 'string' }, state: { type: 'string' }, error: { type: 'string' } } },
      response: { 303: { type: 'null' } },
    },
  }, async (request, reply) => {
    if (!signIn) return failed(reply, 'CITIZEN_SIGNIN_FAILED');
    const query = request.query as { error?: string };
    if (query.error) {
      request.log.info({ error: query.error }, 'citizen sign-in refused by the provider');
      return failed(reply, query.error === 'access_denied' ? 'CITIZEN_SIGNIN_CANCELLED' : 'CITIZEN_SIGNIN_FAILED');
    }
    let state: LoginState;
    try {
      state = app.jwt.verify<LoginState>(request.cookies[LOGIN_COOKIE] ?? '');
      if (state.typ !== 'citizen-login') throw new Error('not a login state');
    } catch {
      request.log.info('citizen sign-in callback without a valid login cookie');
      return failed(reply, 'CITIZEN_SIGNIN_FAILED');
    }
    let claims: Record<string, unknown>;
    try {
      claims = await signIn.finish(new URL(request.url, publicUrl), state);
    } catch (error) {
      // A wrong state or nonce, a replayed code, an unreachable provider: never a session.
      request.log.warn({ err: error }, 'citizen sign-in refused');
      return failed(reply, 'CITIZEN_SIGNIN_FAILED');
    }
    const identity = identityFromClaims(claims);
    const citizen = await upsertCitizen(request.em, identity, clock.now());
    const token = await reply.jwtSign({ sub: String(citizen.id), ver: citizen.tokenVersion, kind: 'citizen' }, { expiresIn: CITIZEN_TOKEN_TTL_SECONDS });
    request.log.info({ citizenId: citizen.id }, 'citizen signed in');
    reply.clearCookie(LOGIN_COOKIE, { path: AUTH_PATH });
    reply.setCookie(CITIZEN_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: CITIZEN_TOKEN_TTL_SECONDS });
    return reply.header('cache-control', 'no-store').redirect(state.returnTo, 303);
  });

  app.post('/api/citizen/auth/logout', {
    config: { access: PUBLIC },
    schema: { tags, summary: 'Đăng xuất khỏi Cổng Dịch vụ công', response: { 204: { type: 'null' } } },
  }, async (_request, reply) => {
    reply.clearCookie(CITIZEN_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/citizen/me', {
    config: { access: CITIZEN },
    schema: { tags, summary: 'Thông tin tài khoản đang đăng nhập', response: { 200: profileResponse, ...errorResponses } },
  }, async (request) => citizenProfile(request.em, request.citizen!.id));

  app.patch('/api/citizen/me', {
    config: { access: CITIZEN },
    schema: {
      tags, summary: 'Cập nhật số điện thoại, thư điện tử',
      body: {
        type: 'object', additionalProperties: false, minProperties: 1,
        properties: {
          phone: { type: ['string', 'null'], maxLength: 20 },
          email: { anyOf: [{ type: 'string', format: 'email', maxLength: 200 }, { type: 'string', maxLength: 0 }, { type: 'null' }] },
        },
      },
      response: { 200: profileResponse, ...errorResponses },
    },
  }, async (request) => updateContact(request.em, request.citizen!.id, request.body as { phone?: string | null; email?: string | null }, clock.now()));
}
