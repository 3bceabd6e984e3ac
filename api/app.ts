import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import metrics from 'fastify-metrics';
import { calendarRoutes } from './calendar/routes';
import { documentsPlugin } from './documents';
import { catalogueRoutes } from './catalogue';
import { citizenPortal } from './citizens';
import { lifecycleRoutes } from './dossiers/lifecycle-routes';
import { dossierRoutes } from './dossiers/routes';
import { errorHandler } from './errors/error-handler';
import { authPlugin } from './identity/auth-plugin';
import { notificationsPlugin } from './notifications';
import authRoutes from './identity/auth-routes';
import { sharedSecret } from './identity/secrets';
import organisationRoutes from './organisation/routes';
import userRoutes from './organisation/user-routes';
import { contextPlugin, type AppDeps } from './platform/context';
import platformRoutes from './platform/routes';
import { webApps } from './platform/web-apps';
import { buildValidator } from './platform/validation';
import { taskRoutes } from './tasks/routes';
import { workflowRoutes } from './workflow/routes';

/**
 * Builds the Fastify app from its dependencies: external plugins first, then our own plugins,
 * then the routes of each feature. It never listens; the server entry (main.ts) does.
 */
export async function buildApp(deps: AppDeps, options: { logger?: boolean | object } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    schemaController: { compilersFactory: { buildValidator: buildValidator as never } },
  });

  await app.register(errorHandler);
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: true } });
  await app.register(cors, { origin: deps.config.corsOrigins.length ? deps.config.corsOrigins : false, credentials: true });
  await app.register(cookie);
  await app.register(jwt, {
    // Tokens are taken from the header or the fitting session cookie by the auth plugin itself.
    secret: deps.config.jwtSecret ?? (await sharedSecret(deps.orm.em.fork(), 'jwt')),
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Hệ thống thông tin giải quyết thủ tục hành chính',
        description: 'API của Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  // prom-client's registry is process-wide; one app per process in production, several in a test run.
  await app.register(metrics, { endpoint: '/metrics', routeMetrics: { enabled: true }, clearRegisterOnInit: true });

  await app.register(contextPlugin, deps);
  await app.register(authPlugin);

  await app.register(platformRoutes);
  await app.register(authRoutes);
  await app.register(organisationRoutes);
  await app.register(userRoutes);
  await app.register(calendarRoutes);
  await app.register(workflowRoutes);
  await app.register(notificationsPlugin);
  await app.register(taskRoutes);
  await app.register(dossierRoutes);
  await app.register(lifecycleRoutes);
  await app.register(catalogueRoutes);
  await app.register(citizenPortal);
  await app.register(documentsPlugin);
  await webApps(app);
  return app;
}
