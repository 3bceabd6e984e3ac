import multipart from '@fastify/multipart';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { sql } from '../db/sql';
import { sharedSecret } from '../identity/secrets';
import { AttachmentService } from './attachments/attachment-service';
import attachmentRoutes from './attachments/routes';
import { DemoSigningConnector, type SigningConnector } from './connectors/signing';
import digitisedRoutes from './digitised/routes';
import { createFileStore, type FileStore } from './connectors/storage';
import { NoticeService } from './notices/notice-service';
import noticeRoutes from './notices/routes';
import { createTemplateEngine } from './notices/template-engine';
import { NoticeTemplateStore } from './notices/template-store';
import { PdfRenderer } from './pdf/pdf-renderer';
import resultRoutes from './signatures/result-routes';
import verificationRoutes from './verification/routes';

/** The documents feature's services, shared with other features (a result, a notice from a workflow step). */
export interface DocumentServices {
  renderer: PdfRenderer;
  files: FileStore;
  templates: NoticeTemplateStore;
  notices: NoticeService;
  signing: SigningConnector;
  attachments: AttachmentService;
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
    memoryLimitMb: config.documents.pdfMemoryLimitMb,
    log: (message) => app.log.info(message),
  });
  app.addHook('onClose', () => renderer.close());
  const files = createFileStore(config.documents.storage);
  const templates = new NoticeTemplateStore(createTemplateEngine());
  const seeded = await templates.seedBuiltIns(sql(app.deps.orm.em.fork()));
  if (seeded.length) app.log.info({ kinds: seeded }, 'built-in notice templates seeded');
  const notices = new NoticeService({ templates, renderer, files, publicUrl: config.publicUrl, log: app.log });
  // The demo connector until a province's CA or remote-signing connector is configured (connectors/signing).
  const signing = new DemoSigningConnector(await sharedSecret(app.deps.orm.em.fork(), 'documents-signing-demo'));
  const attachments = new AttachmentService({ files, signing, officeTypes: config.documents.officeTypes, log: app.log });
  app.decorate('documents', { renderer, files, templates, notices, signing, attachments });

  await app.register(noticeRoutes);
  await app.register(digitisedRoutes);
  await app.register(verificationRoutes);
  // One encapsulated scope for the multipart routes, so the multipart parser stays theirs.
  await app.register(async (scope) => {
    await scope.register(multipart, { throwFileSizeLimit: true, limits: { fileSize: config.documents.attachmentMaxBytes } });
    await scope.register(attachmentRoutes);
    await scope.register(resultRoutes);
  });
}, { name: 'documents', dependencies: ['context', 'auth'] });
