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

/** Paths that belong to the API and its documentation, never to an app's client-side routes. */
const SERVER_PATHS = /^\/(api|docs|demo-idp)(\/|$)/;

/** Asset names a build produces; a page path such as `/thu-tuc/1.009994` is not one of them. */
const ASSET = /\.(js|mjs|css|map|json|webmanifest|ico|png|jpe?g|gif|svg|webp|woff2?|ttf|txt|xml)$/i;

/**
 * Serves each built app under its prefix, and the app's index.html for any other page path below
 * it (client-side routes), through a wildcard route per app. An app that is not built is simply
 * absent; /api and /docs are never shadowed: unknown paths there still get the JSON 404.
 */
export async function webApps(app: FastifyInstance, options: { root?: string } = {}) {
  const root = resolve(options.root ?? join(__dirname, '..', '..'));
  for (const { prefix, dir } of apps) {
    const path = join(root, dir);
    if (!existsSync(join(path, 'index.html'))) continue;
    await app.register(async (scope) => {
      // Both builds write .br and .gz beside each file; clients that accept them get them.
      await scope.register(fastifyStatic, { root: path, prefix, wildcard: false, index: ['index.html'], preCompressed: true });
      scope.get(`${prefix}*`, { schema: { hide: true } }, (request, reply) => {
        const file = request.url.split('?')[0];
        if (SERVER_PATHS.test(file) || ASSET.test(file)) return sendError(reply, 'NOT_FOUND');
        return reply.type('text/html').sendFile('index.html', path);
      });
    });
  }
}
