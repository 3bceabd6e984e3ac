import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { can } from '../identity/access';
import { DefinitionStore } from './definitions';
import { bpmnSteps, replaySteps } from './engine-steps';
import { feelCheckRoute } from './feel-check';
import { TimerWorker } from './timer-worker';

declare module 'fastify' {
  interface FastifyInstance {
    definitions: DefinitionStore;
    timers: TimerWorker;
  }
}

/** How often each node looks for due timers. */
const TIMER_POLL_MS = 1000;

const tags = ['Quy trình nội bộ'];
const errors = Object.fromEntries([400, 401, 403, 404, 413, 422].map((s) => [s, { $ref: 'ErrorResponse#' }]));
const key = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._-]+$' } as const;

/** Upper bound of a BPMN upload; the engine refuses larger diagrams with its own finding. */
const BPMN_BODY_LIMIT = 3 * 1024 * 1024;

/** Triển khai và tra cứu quy trình BPMN. */
export const workflowRoutes = fp(async (app: FastifyInstance) => {
  app.decorate('definitions', new DefinitionStore(app.deps.config.benchEngineBaseline ? replaySteps : bpmnSteps, app.deps.config.hotEngines));
  app.decorate('timers', new TimerWorker(app.deps.orm, app.deps.clock, app.definitions, app.calendars, app.log));
  // Under the test clock, time moves only when a test moves it, and the clock route fires what fell due.
  if (!app.deps.config.testClock) app.addHook('onReady', async () => app.timers.start(TIMER_POLL_MS));
  app.addHook('onClose', async () => app.timers.stop());

  app.post('/api/admin/process-definitions', {
    config: { access: can('process', 'deploy') },
    bodyLimit: BPMN_BODY_LIMIT,
    schema: {
      tags, summary: 'Triển khai một phiên bản quy trình BPMN (kiểm tra trước khi lưu; phiên bản không sửa được)',
      body: {
        type: 'object', additionalProperties: false, required: ['key', 'bpmnXml'],
        properties: { key, bpmnXml: { type: 'string', minLength: 1 } },
      },
      response: { 201: { type: 'object', properties: { key: { type: 'string' }, version: { type: 'integer' } } }, ...errors },
    },
  }, async (request, reply) => {
    const body = request.body as { key: string; bpmnXml: string };
    const deployed = await app.definitions.deploy(request.em, body.key, body.bpmnXml, request.principal.id);
    request.log.info({ key: deployed.key, version: deployed.version }, 'process deployed');
    return reply.status(201).send({ key: deployed.key, version: deployed.version });
  });

  app.get('/api/admin/process-definitions', {
    config: { access: can('process', 'read') },
    schema: {
      tags, summary: 'Các phiên bản quy trình đã triển khai',
      response: {
        200: { type: 'array', items: { type: 'object', properties: {
          key: { type: 'string' }, version: { type: 'integer' }, name: { type: ['string', 'null'] },
          deployedAt: { type: 'string', format: 'date-time' }, deployedBy: { type: ['string', 'null'] },
        } } },
        ...errors,
      },
    },
  }, async (request) => app.definitions.list(request.em));

  app.get('/api/admin/process-definitions/:key/versions/:version', {
    config: { access: can('process', 'read') },
    schema: {
      tags, summary: 'Tệp BPMN của một phiên bản',
      params: { type: 'object', required: ['key', 'version'], properties: { key, version: { type: 'integer', minimum: 1 } } },
      response: { 200: { type: 'string' }, ...errors },
    },
  }, async (request, reply) => {
    const { key: k, version } = request.params as { key: string; version: number };
    return reply.type('application/xml').send(await app.definitions.source(request.em, k, version));
  });

  await feelCheckRoute(app);
}, { name: 'workflow', dependencies: ['context', 'auth', 'calendar'] });
