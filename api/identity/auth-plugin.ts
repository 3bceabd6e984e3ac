import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PermissionChecker } from '../authz/enforcer';
import { AppError } from '../errors/catalogue';
import type { Access } from './access';
import { loadCitizen, type CitizenPrincipal } from './citizen-principal';
import { loadPrincipal, type Principal } from './principal';

/** Officers and citizens keep separate browser sessions, so one browser can hold both. */
export const SESSION_COOKIE = 'tthc_session';
export const CITIZEN_COOKIE = 'tthc_citizen';

export interface TokenPayload {
  sub: string;
  ver: number;
  /** Absent in officer tokens. */
  kind?: 'citizen';
}

declare module 'fastify' {
  interface FastifyInstance {
    permissions: PermissionChecker;
  }
  interface FastifyRequest {
    /** The signed-in officer, on officer routes (and on mixed routes when an officer called). */
    principal: Principal;
    /** The signed-in citizen, on citizen routes (and on mixed routes when a citizen called). */
    citizen: CitizenPrincipal | null;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenPayload;
  }
}

/** Authentication and authorisation as hooks, before any body is parsed or validated. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('permissions', await PermissionChecker.load(app.deps.orm.em.fork()));
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('citizen', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || 'public' in access) return;
    const payload = verifiedToken(app, request, access);
    if (payload.kind === 'citizen') {
      if (!('citizen' in access) && !('officerOrCitizen' in access)) throw new AppError('FORBIDDEN');
      const citizen = await loadCitizen(request.em, Number(payload.sub));
      if (!citizen || citizen.tokenVersion !== payload.ver) throw new AppError('TOKEN_INVALID');
      request.citizen = citizen;
      return;
    }
    if ('citizen' in access) throw new AppError('FORBIDDEN', [], 'Chức năng này dành cho công dân, tổ chức đăng nhập bằng tài khoản định danh điện tử.');
    request.principal = await officer(request, payload);
    authorise(app, request.principal, access);
  });
}, { name: 'auth', dependencies: ['context', '@fastify/jwt'] });

/** A bearer header wins; otherwise the session cookie that fits the route. */
function verifiedToken(app: FastifyInstance, request: FastifyRequest, access: Access): TokenPayload {
  const header = request.headers.authorization;
  let token: string | undefined;
  if (header) {
    if (!header.startsWith('Bearer ')) throw new AppError('TOKEN_INVALID');
    token = header.slice(7);
  } else if ('citizen' in access) {
    token = request.cookies?.[CITIZEN_COOKIE];
  } else {
    token = request.cookies?.[SESSION_COOKIE] ?? ('officerOrCitizen' in access ? request.cookies?.[CITIZEN_COOKIE] : undefined);
  }
  if (!token) throw new AppError('UNAUTHENTICATED');
  try {
    return app.jwt.verify<TokenPayload>(token);
  } catch {
    throw new AppError('TOKEN_INVALID');
  }
}

async function officer(request: FastifyRequest, payload: TokenPayload): Promise<Principal> {
  const principal = await loadPrincipal(request.em, { id: Number(payload.sub) });
  if (!principal || principal.tokenVersion !== payload.ver) throw new AppError('TOKEN_INVALID');
  if (principal.revoked) throw new AppError('ACCOUNT_REVOKED');
  return principal;
}

function authorise(app: FastifyInstance, principal: Principal, access: Access): void {
  const beforeChange = 'signedIn' in access && access.beforePasswordChange;
  if (principal.mustChangePassword && !beforeChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if ('permission' in access && !app.permissions.allows(principal.roles, access.permission)) {
    throw new AppError('FORBIDDEN');
  }
}
