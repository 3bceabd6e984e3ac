import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { sql } from '../db/sql';
import { createFileStore, type FileStore } from './connectors/storage';
import { NoticeService } from './notices/notice-service';
import noticeRoutes from './notices/routes';
import { createTemplateEngine } from './notices/template-engine';
import { NoticeTemplateStore } from './notices/template-store';
import { PdfRenderer } from './pdf/pdf-renderer';

/** The documents feature's services, shared with other features (a result, a notice from a workflow step). */
export interface DocumentServices {
  renderer: PdfRenderer;
  files: FileStore;
  templates: NoticeTemplateStore;
  notices: NoticeService;
}

declare module 'fastify' {
  interface FastifyInstance {
    documents: DocumentServices;
  }
}

/**
 * Giấy tờ: official notices (F1), attachments (F2), signatures (D11), digitised results (F3) and
 * verification of paper copies (F4). Chromium starts on the first PDF and stops with the app.
 */
export const documentsPlugin = fp(async (app: FastifyInstance) => {
  const { config } = app.deps;
  const renderer = new PdfRenderer({
    chromiumPath: config.documents.chromiumPath,
    poolSize: config.documents.pdfPoolSize,
    log: (message) => app.log.info(message),
  });
  app.addHook('onClose', () => renderer.close());
  const files = createFileStore(config.documents.storage);
  const templates = new NoticeTemplateStore(createTemplateEngine());
  const seeded = await templates.seedBuiltIns(sql(app.deps.orm.em.fork()));
  if (seeded.length) app.log.info({ kinds: seeded }, 'built-in notice templates seeded');
  const notices = new NoticeService({ templates, renderer, files, publicUrl: config.publicUrl, log: app.log });
  app.decorate('documents', { renderer, files, templates, notices });

  await app.register(noticeRoutes);
}, { name: 'documents', dependencies: ['context', 'auth'] });
