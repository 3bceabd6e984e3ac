import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors/error-handler';

/** The two Angular apps' production builds, served by the API node itself in the quick start. */
const apps = [
  { prefix: '/admin/', dir: 'admin-ui/dist/admin-ui/browser' },
  { prefix: '/', dir: 'portal-ui/dist/portal-ui/browser' },
];

/**
 * Serves each built app under its prefix, with the app's index.html for any unknown path below
 * it (client-side routes). An app that is not built is simply absent; /api and /docs are never
 * shadowed.
 */
export async function webApps(app: FastifyInstance, options: { root?: string } = {}) {
  const root = resolve(options.root ?? join(__dirname, '..', '..'));
  for (const { prefix, dir } of apps) {
    const path = join(root, dir);
    if (!existsSync(join(path, 'index.html'))) continue;
    await app.register(async (scope) => {
      await scope.register(fastifyStatic, { root: path, prefix: '/', wildcard: false, index: ['index.html'], decorateReply: true });
      scope.setNotFoundHandler((request, reply) => {
        const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]);
        if (wantsPage) return reply.type('text/html').sendFile('index.html');
        return sendError(reply, 'NOT_FOUND');
      });
    }, { prefix: prefix === '/' ? '' : prefix.slice(0, -1) });
  }
}
