import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { notificationChannels } from './channels';
import { NOTIFY_JOB, deliverNotices } from './notify-job';

export { dossierNotifications } from './notify-job';

/** Thông báo cho người nộp hồ sơ (G1): the job that sends what the dossier's steps queued. */
export const notificationsPlugin = fp(async (app: FastifyInstance) => {
  const { config } = app.deps;
  app.timers.handle(NOTIFY_JOB, deliverNotices(notificationChannels(config.notifications, app.log), config.publicUrl));
}, { name: 'notifications', dependencies: ['workflow'] });
