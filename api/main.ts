import cluster from 'node:cluster';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, type Config } from './config';
import { DEMO_PASSWORD } from './demo/province';
import { prepareDatabase, seedDemoActivity, startPlatform } from './server';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cấu hình không hợp lệ: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

/** One node: serve on the port until a signal, then drain and close. */
async function serve(config: Config): Promise<void> {
  const platform = await startPlatform(config, (msg) => console.log(msg), { demoActivity: cluster.isPrimary });
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) platform.app.log.error({ err }, 'shutting down after an error');
    else platform.app.log.info({ signal }, 'shutting down');
    await platform.close();
  });
  await platform.app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) console.log(`Hệ thống đã sẵn sàng tại ${config.publicUrl} (tài liệu API: ${config.publicUrl}/docs)`);
}

/**
 * Several workers share the port (node:cluster). The primary prepares the database once (the
 * embedded PostgreSQL, migrations, the first admin, the demo) and keeps it running; each worker
 * is a full API node on the same database.
 */
async function supervise(config: Config): Promise<void> {
  const database = await prepareDatabase(config, (msg) => console.log(msg));
  await seedDemoActivity(config, database, (msg) => console.log(msg));
  // Workers find the database ready: they connect to it and never seed again.
  const workerEnv = { DATABASE_URL: database.url, DEMO: '0', BOOTSTRAP_ADMIN_PASSWORD: config.bootstrapAdminPassword ?? DEMO_PASSWORD };
  let shuttingDown = false;
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${config.workerHeapMb}`] });
  for (let i = 0; i < config.workers; i += 1) cluster.fork(workerEnv);
  cluster.on('exit', (worker, code, signal) => {
    if (shuttingDown) return;
    console.error(`Tiến trình ${worker.process.pid} dừng (${signal ?? code}); khởi động lại.`);
    cluster.fork(workerEnv);
  });
  closeWithGrace({ delay: 15_000 }, async () => {
    shuttingDown = true;
    await Promise.all(Object.values(cluster.workers ?? {}).map((w) => new Promise((resolve) => {
      w!.once('exit', resolve);
      w!.kill('SIGTERM');
    })));
    await database.close();
  });
  console.log(`Hệ thống đã sẵn sàng tại ${config.publicUrl} với ${config.workers} tiến trình (tài liệu API: ${config.publicUrl}/docs)`);
}

const config = readConfig();
const run = config.workers > 1 && cluster.isPrimary ? supervise(config) : serve(config);
run.catch((error) => {
  console.error(error);
  process.exit(1);
});
