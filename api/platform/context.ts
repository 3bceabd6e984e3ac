import fp from 'fastify-plugin';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../calendar/clock';
import type { Config } from '../config';

/** What the app is built from: configuration, the database and the clock. Nothing is global. */
export interface AppDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    /** A unit of work of its own for each request. */
    em: EntityManager;
  }
}

export const contextPlugin = fp(async (app: FastifyInstance, deps: AppDeps) => {
  app.decorate('deps', deps);
  app.decorateRequest('em', null as unknown as EntityManager);
  app.addHook('onRequest', async (request) => {
    request.em = deps.orm.em.fork();
  });
  // The platform's clock, not the officer's PC: "còn 3 giờ" in the inbox is counted from it.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header(SERVER_TIME_HEADER, deps.clock.now().toISOString());
  });
}, { name: 'context' });

/** Every API answer says what time the platform's clock shows (its `Date` header is the machine's, to the second). */
export const SERVER_TIME_HEADER = 'x-server-time';
