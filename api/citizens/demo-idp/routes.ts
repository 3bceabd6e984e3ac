import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inModuleRealm } from '../esm';
import { DEMO_IDP_PASSWORD, findDemoCitizen } from './demo-citizens';
import { loginPage, errorPage } from './pages';
import { DEMO_IDP_PREFIX, type DemoProvider } from './provider';

const hidden = { hide: true } as const;
const uidParams = { type: 'object', required: ['uid'], properties: { uid: { type: 'string', minLength: 1, maxLength: 100 } } } as const;
const loginBody = {
  type: 'object',
  properties: { identifier: { type: 'string', maxLength: 50 }, password: { type: 'string', maxLength: 100 } },
} as const;

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
}

/**
 * Mounts the demo provider under DEMO_IDP_PREFIX: its own endpoints (discovery, authorize, token,
 * userinfo, keys) get the raw request, and its sign-in interaction is served here as plain pages.
 */
export async function demoIdentityProviderRoutes(app: FastifyInstance, options: { provider: DemoProvider; clientName: string }) {
  const { provider, clientName } = options;
  const handle = provider.callback();
  provider.on('server_error', (_ctx, error) => app.log.error({ err: error }, 'demo identity provider failed'));

  // oidc-provider parses its own request bodies: its routes leave the stream untouched.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all(`${DEMO_IDP_PREFIX}/*`, { schema: hidden }, (request, reply) => {
      reply.hijack();
      const raw = request.raw as IncomingMessage & { originalUrl?: string };
      // The provider finds its mount path by comparing the original URL with the one it sees.
      raw.originalUrl = raw.url;
      raw.url = raw.url!.slice(DEMO_IDP_PREFIX.length) || '/';
      handle(raw, reply.raw);
    });
  });

  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8192 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    async function details(request: FastifyRequest, reply: FastifyReply) {
      try {
        return await provider.interactionDetails(request.raw, reply.raw);
      } catch (error) {
        // A missing or expired interaction cookie: the sign-in must start again from the portal.
        request.log.info({ err: error }, 'demo identity provider: interaction not found');
        return undefined;
      }
    }

    scope.get(`${DEMO_IDP_PREFIX}/interaction/:uid`, { schema: { ...hidden, params: uidParams } }, async (request, reply) => {
      const interaction = await details(request, reply);
      if (!interaction) return noStore(reply).status(400).send(errorPage({ error: 'invalid_request', error_description: 'Phiên đăng nhập đã hết hạn.' }));
      if (interaction.prompt.name !== 'login') {
        // Consent is granted by loadExistingGrant for the platform; any other prompt resumes as is.
        reply.hijack();
        await provider.interactionFinished(request.raw, reply.raw, inModuleRealm({}), inModuleRealm({ mergeWithLastSubmission: true }));
        return;
      }
      return noStore(reply).send(loginPage({ uid: interaction.uid, prefix: DEMO_IDP_PREFIX, clientName }));
    });

    scope.post(`${DEMO_IDP_PREFIX}/interaction/:uid/login`, { schema: { ...hidden, params: uidParams, body: loginBody } }, async (request, reply) => {
      const interaction = await details(request, reply);
      if (!interaction) return noStore(reply).status(400).send(errorPage({ error: 'invalid_request', error_description: 'Phiên đăng nhập đã hết hạn.' }));
      const { identifier = '', password = '' } = (request.body ?? {}) as { identifier?: string; password?: string };
      const citizen = findDemoCitizen(identifier);
      if (!citizen || password !== DEMO_IDP_PASSWORD) {
        const error = identifier.trim() === '' ? 'Vui lòng nhập số định danh cá nhân hoặc mã số thuế.' : 'Số định danh, mã số thuế hoặc mật khẩu không đúng.';
        return noStore(reply).status(401).send(loginPage({ uid: interaction.uid, prefix: DEMO_IDP_PREFIX, clientName, identifier, error }));
      }
      reply.hijack();
      await provider.interactionFinished(request.raw, reply.raw, inModuleRealm({ login: { accountId: citizen.sub } }), inModuleRealm({ mergeWithLastSubmission: false }));
    });

    scope.post(`${DEMO_IDP_PREFIX}/interaction/:uid/abort`, { schema: { ...hidden, params: uidParams } }, async (request, reply) => {
      const interaction = await details(request, reply);
      if (!interaction) return noStore(reply).status(400).send(errorPage({ error: 'invalid_request', error_description: 'Phiên đăng nhập đã hết hạn.' }));
      reply.hijack();
      await provider.interactionFinished(request.raw, reply.raw, inModuleRealm({
        error: 'access_denied', error_description: 'Người dùng đã hủy đăng nhập.',
      }), inModuleRealm({ mergeWithLastSubmission: false }));
    });
  });
}
