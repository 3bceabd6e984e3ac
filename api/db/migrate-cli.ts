import { loadConfig } from '../config';
import { startEmbeddedDatabase } from './embedded';
import { migrate, openOrm } from './orm';

/** `npm run migrate`: apply pending migrations to DATABASE_URL, or to the embedded database. */
async function run(): Promise<void> {
  const config = loadConfig({ ...process.env, BOOTSTRAP_ADMIN_PASSWORD: process.env.BOOTSTRAP_ADMIN_PASSWORD ?? 'unused-by-migrate' });
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir, Number(process.env.EMBEDDED_PG_PORT ?? 54329), console.log);
  const url = config.databaseUrl ?? embedded!.url;
  const orm = await openOrm(url);
  try {
    const applied = await migrate(orm, url);
    console.log(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
  } finally {
    await orm.close();
    await embedded?.stop();
  }
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
