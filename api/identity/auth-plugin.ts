import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PermissionChecker } from '../authz/enforcer';
import { AppError } from '../errors/catalogue';
import type { Access } from './access';
import { loadPrincipal, type Principal } from './principal';

export const SESSION_COOKIE = 'tthc_session';

declare module 'fastify' {
  interface FastifyInstance {
    permissions: PermissionChecker;
  }
  interface FastifyRequest {
    /** Set on every route that is not public. */
    principal: Principal;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; ver: number };
  }
}

/** Authentication and authorisation as hooks, before any body is parsed or validated. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('permissions', await PermissionChecker.load(app.deps.orm.em.fork()));
  app.decorateRequest('principal', null as unknown as Principal);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || 'public' in access) return;
    request.principal = await authenticate(request);
    authorise(app, request.principal, access);
  });
}, { name: 'auth', dependencies: ['context', '@fastify/jwt'] });

async function authenticate(request: FastifyRequest): Promise<Principal> {
  const hasHeader = Boolean(request.headers.authorization);
  const hasCookie = Boolean(request.cookies?.[SESSION_COOKIE]);
  if (!hasHeader && !hasCookie) throw new AppError('UNAUTHENTICATED');
  let payload: { sub: string; ver: number };
  try {
    payload = await request.jwtVerify<{ sub: string; ver: number }>();
  } catch {
    throw new AppError('TOKEN_INVALID');
  }
  const principal = await loadPrincipal(request.em, { id: Number(payload.sub) });
  if (!principal || principal.tokenVersion !== payload.ver) throw new AppError('TOKEN_INVALID');
  if (principal.revoked) throw new AppError('ACCOUNT_REVOKED');
  return principal;
}

function authorise(app: FastifyInstance, principal: Principal, access: Exclude<Access, { public: true }>): void {
  const beforeChange = 'signedIn' in access && access.beforePasswordChange;
  if (principal.mustChangePassword && !beforeChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if ('permission' in access && !app.permissions.allows(principal.roles, access.permission)) {
    throw new AppError('FORBIDDEN');
  }
}
