import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config';
import { startPlatform } from './server';

/** Server entry: read the configuration once, start, listen, and shut down gracefully. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Cấu hình không hợp lệ: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const platform = await startPlatform(config, (msg) => console.log(msg));
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) platform.app.log.error({ err }, 'shutting down after an error');
    else platform.app.log.info({ signal }, 'shutting down');
    await platform.close();
  });
  await platform.app.listen({ port: config.port, host: config.host });
  console.log(`Hệ thống đã sẵn sàng tại ${config.publicUrl} (tài liệu API: ${config.publicUrl}/docs)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
