import type { FastifyInstance } from 'fastify';
import { ControllableClock } from '../calendar/clock';
import { AppError } from '../errors/catalogue';
import { PUBLIC } from '../identity/access';

/** Liveness, readiness and, only under TEST_CLOCK=1, the controllable clock. */
export default async function platformRoutes(app: FastifyInstance) {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/ready', { schema: { hide: true } }, async (request, reply) => {
    try {
      await request.em.getConnection().execute('select 1');
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply.status(503).send({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Chưa kết nối được cơ sở dữ liệu.' } });
    }
  });

  const { clock, config } = app.deps;
  if (config.testClock) {
    if (!(clock instanceof ControllableClock)) throw new Error('TEST_CLOCK=1 needs a ControllableClock');
    app.get('/api/test/clock', {
      config: { access: PUBLIC },
      schema: { tags: ['Kiểm thử'], summary: 'Thời điểm của đồng hồ kiểm thử', response: { 200: { type: 'object', properties: { now: { type: 'string' } } } } },
    }, async () => ({ now: clock.now().toISOString() }));
    app.post('/api/test/clock', {
      config: { access: PUBLIC },
      schema: {
        tags: ['Kiểm thử'], summary: 'Đặt thời điểm mà mọi hạn xử lý, bộ hẹn giờ và thống kê nhìn thấy (chỉ khi TEST_CLOCK=1)',
        body: { type: 'object', additionalProperties: false, required: ['now'], properties: { now: { type: 'string', format: 'date-time' } } },
        response: { 200: { type: 'object', properties: { now: { type: 'string' } } }, 400: { $ref: 'ErrorResponse#' } },
      },
    }, async (request) => {
      const now = new Date((request.body as { now: string }).now);
      if (Number.isNaN(now.getTime())) throw new AppError('VALIDATION_FAILED', [{ path: '/now', message: 'Thời điểm không hợp lệ.' }]);
      clock.set(now);
      // What fell due at the new time fires before the answer, so a test sees its effect at once.
      if (app.hasDecorator('timers')) await app.timers.runDue();
      return { now: clock.now().toISOString() };
    });
  }
}
