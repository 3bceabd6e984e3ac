import { migrate, openOrm } from '../../api/db/orm';
import { seedDemoProvince } from '../../api/demo/seed';
import { bootstrapAdmin } from '../../api/identity/bootstrap';
import { sql } from '../../api/db/sql';
import { createTestDatabase, ADMIN_PASSWORD } from '../support/platform';
import { startServerProcess, type ServerProcess } from '../support/processes';

/** A database with the demo province, shared by server processes started on it. */
export async function seededDatabase(): Promise<string> {
  const url = await createTestDatabase();
  const orm = await openOrm(url);
  await migrate(orm, url);
  await bootstrapAdmin(orm.em.fork(), ADMIN_PASSWORD);
  await seedDemoProvince(orm.em.fork());
  await orm.close();
  return url;
}

/** One API node as a separate OS process on the shared database, with the test clock. */
export function node(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess({ DATABASE_URL: databaseUrl, BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD, DEMO: '0', TEST_CLOCK: '1', ...env });
}

/** Reads the database directly, to check what the nodes left behind. */
export async function inspect<T>(databaseUrl: string, run: (db: ReturnType<typeof sql>) => Promise<T>): Promise<T> {
  const orm = await openOrm(databaseUrl);
  try {
    return await run(sql(orm.em.fork()));
  } finally {
    await orm.close();
  }
}
