import type { Permission } from '../authz/enforcer';

/**
 * What a route needs, declared on every /api route as `config.access`. A route without one
 * refuses to register, so nothing is reachable by accident.
 * - `public`: anyone;
 * - `signedIn`: any officer (`beforePasswordChange` lets a new officer reach it before the first change);
 * - `permission`: an officer holding a role that casbin allows for the resource and action;
 * - `citizen`: a citizen or organisation signed in through the national identity provider;
 * - `officerOrCitizen`: either; the handler decides what each may see.
 */
export type Access =
  | { public: true }
  | { signedIn: true; beforePasswordChange?: boolean }
  | { permission: Permission }
  | { citizen: true }
  | { officerOrCitizen: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const PUBLIC: Access = { public: true };
export const SIGNED_IN: Access = { signedIn: true };
export const CITIZEN: Access = { citizen: true };
export const OFFICER_OR_CITIZEN: Access = { officerOrCitizen: true };
export const can = (resource: string, action: string): Access => ({ permission: { resource, action } });
