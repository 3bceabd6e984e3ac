import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { adminProcedureRoutes } from './admin-routes';
import { helpRoutes } from './help-routes';
import { publicProcedureRoutes } from './public-routes';
import { CatalogueImports } from './transfer/import-job';
import { transferRoutes } from './transfer/routes';

declare module 'fastify' {
  interface FastifyInstance {
    catalogueImports: CatalogueImports;
  }
}

/** Danh mục thủ tục hành chính: records, publication, agencies' catalogues, search, FAQ, import and export. */
export const catalogueRoutes = fp(async (app: FastifyInstance) => {
  const imports = new CatalogueImports(
    app.deps.orm,
    app.deps.clock,
    (principal) => app.permissions.allows(principal.roles, { resource: 'procedure', action: 'publish' }),
    (error) => app.log.error({ err: error }, 'catalogue import: unexpected failure'),
  );
  app.decorate('catalogueImports', imports);
  // The ORM closes after the app: running imports finish their current row first.
  app.addHook('onClose', async () => imports.stop());

  await adminProcedureRoutes(app);
  await publicProcedureRoutes(app);
  await helpRoutes(app);
  await transferRoutes(app, imports);
}, { name: 'catalogue', dependencies: ['context', 'auth'] });
