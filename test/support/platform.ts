import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import supertest from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { ControllableClock } from '../../api/calendar/clock';
import { loadConfig } from '../../api/config';
import { startPlatform, type RunningPlatform } from '../../api/server';
import { TEMPLATE_DATABASE } from './template';

export const ADMIN_PASSWORD = 'Quantri@2026xyz';

export interface TestPlatform extends RunningPlatform {
  clock: ControllableClock;
  http: TestAgent;
  /** Logs in and returns the bearer token; fails the test on a refused login. */
  login(username: string, password?: string): Promise<string>;
}

/** A fresh, empty database inside the test run's PostgreSQL server. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_SERVER_URL;
  if (!serverUrl) throw new Error('TEST_SERVER_URL is unset: run the tests through jest (global setup starts PostgreSQL)');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts the real platform, as the server entry does, on its own database with the test clock
 * on. Requests go through supertest against the app's server without a fixed port.
 */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const databaseUrl = env.DATABASE_URL ?? (await createTestDatabase());
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    TEST_CLOCK: '1',
    DEMO: '0',
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  // TEST_LOG=1 shows the server's errors while debugging a test.
  const platform = await startPlatform(config, () => undefined, { logger: process.env.TEST_LOG ? { level: 'error' } : false });
  await platform.app.ready();
  const http = supertest(platform.app.server);
  const clock = platform.clock as ControllableClock;
  clock.set(new Date('2026-03-02T09:00:00+07:00'));
  return {
    ...platform,
    clock,
    http,
    async login(username, password = ADMIN_PASSWORD) {
      const response = await http.post('/api/auth/login').send({ username, password });
      if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.token as string;
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
