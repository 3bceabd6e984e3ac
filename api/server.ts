import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ControllableClock, SystemClock, type Clock } from './calendar/clock';
import type { Config } from './config';
import type { EmbeddedDatabase } from './db/embedded';
import { migrate, openOrm } from './db/orm';
import { buildApp } from './app';
import { seedDemoProvince } from './demo/seed';
import { DEMO_PASSWORD, demoOfficers } from './demo/province';
import { bootstrapAdmin } from './identity/bootstrap';

export interface RunningPlatform {
  app: FastifyInstance;
  orm: MikroORM;
  clock: Clock;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Everything a node does before it serves: the database (embedded when no DATABASE_URL),
 * migrations, the bootstrap admin, the demo province, then the app. Shared by the server entry
 * and by the tests, so both start the platform the same way.
 */
export async function startPlatform(config: Config, log: (msg: string) => void, options: { logger?: boolean | object } = {}): Promise<RunningPlatform> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    // Loaded only when needed: the package is ESM-only and tests always pass a database URL.
    const { startEmbeddedDatabase } = await import('./db/embedded');
    embedded = await startEmbeddedDatabase(config.dataDir, Number(process.env.EMBEDDED_PG_PORT ?? 54329), log);
    databaseUrl = embedded.url;
  }
  const orm = await openOrm(databaseUrl);
  const applied = await migrate(orm, databaseUrl);
  if (applied.length) log(`Đã áp dụng ${applied.length} migration: ${applied.join(', ')}`);

  const em = orm.em.fork();
  const adminPassword = config.bootstrapAdminPassword ?? DEMO_PASSWORD;
  if (await bootstrapAdmin(em, adminPassword)) log('Đã tạo tài khoản quản trị "admin" lần đầu.');
  if (config.demo && (await seedDemoProvince(em))) {
    log(`Đã tạo dữ liệu tỉnh Demo. Mật khẩu chung của các tài khoản demo: ${DEMO_PASSWORD}`);
    log(`Tài khoản demo: admin, ${demoOfficers.map((o) => `${o.username} (${o.roles.join(', ')})`).join(', ')}`);
  }

  const clock = config.testClock ? new ControllableClock(new Date()) : new SystemClock();
  const app = await buildApp({ config, orm, clock }, options);
  return {
    app, orm, clock, databaseUrl,
    async close() {
      await app.close();
      await orm.close();
      await embedded?.stop();
    },
  };
}
