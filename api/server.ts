import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ControllableClock, SystemClock, type Clock } from './calendar/clock';
import type { Config } from './config';
import type { EmbeddedDatabase } from './db/embedded';
import { migrate, openOrm } from './db/orm';
import { buildApp } from './app';
import { seedDemoDossiers } from './demo/dossiers';
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

export interface PreparedDatabase {
  url: string;
  orm: MikroORM;
  close(): Promise<void>;
}

/**
 * Everything done once before any node serves: the database (embedded when no DATABASE_URL),
 * migrations, the bootstrap admin and the demo province. Idempotent, so every node may run it.
 */
export async function prepareDatabase(config: Config, log: (msg: string) => void): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    // Loaded only when needed: the package is ESM-only and tests always pass a database URL.
    const { startEmbeddedDatabase } = await import('./db/embedded');
    embedded = await startEmbeddedDatabase(config.dataDir, Number(process.env.EMBEDDED_PG_PORT ?? 54329), log);
    url = embedded.url;
  }
  const orm = await openOrm(url);
  const applied = await migrate(orm, url);
  if (applied.length) log(`Đã áp dụng ${applied.length} migration: ${applied.join(', ')}`);

  const em = orm.em.fork();
  if (await bootstrapAdmin(em, config.bootstrapAdminPassword ?? DEMO_PASSWORD)) log('Đã tạo tài khoản quản trị "admin" lần đầu.');
  if (config.demo && (await seedDemoProvince(em))) {
    log(`Đã tạo dữ liệu tỉnh Demo. Mật khẩu chung của các tài khoản demo: ${DEMO_PASSWORD}`);
    log(`Tài khoản demo: admin, ${demoOfficers.map((o) => `${o.username} (${o.roles.join(', ')})`).join(', ')}`);
  }
  return {
    url,
    orm,
    async close() {
      await orm.close();
      await embedded?.stop();
    },
  };
}

/**
 * The demo's scripted dossiers, on a fresh demo database. Only the server entry asks for them:
 * tests seed what each of them needs.
 */
export async function seedDemoActivity(config: Config, database: PreparedDatabase, log: (msg: string) => void): Promise<void> {
  if (!config.demo) return;
  const seeded = await seedDemoDossiers(config, database.orm, log);
  if (seeded) log(`Đã tạo ${seeded} hồ sơ mẫu ở các trạng thái khác nhau.`);
}

/** A serving node: the prepared database, then the app. Shared by the server entry and the tests. */
export async function startPlatform(
  config: Config, log: (msg: string) => void, options: { logger?: boolean | object; demoActivity?: boolean } = {},
): Promise<RunningPlatform> {
  const database = await prepareDatabase(config, log);
  // Before the serving app: the seeding app is a second Fastify app, and both share prom-client's registry.
  if (options.demoActivity) await seedDemoActivity(config, database, log);
  const clock = config.testClock ? new ControllableClock(new Date()) : new SystemClock();
  const app = await buildApp({ config, orm: database.orm, clock }, options);
  return {
    app, orm: database.orm, clock, databaseUrl: database.url,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
