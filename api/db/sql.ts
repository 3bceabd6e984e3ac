import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import type { ClientBase, QueryConfig, QueryResult } from 'pg';

/**
 * Plain SQL bound to an entity manager's transaction, for the hot paths where a unit of work
 * would cost more than it gives (the dossier step, the inbox). Every statement runs inside the
 * caller's transaction when there is one.
 *
 * Statements go straight to the `pg` connection the ORM holds, with `?` placeholders sent as bound
 * parameters and each distinct text kept as a prepared statement on its connection. PostgreSQL then
 * parses and plans a statement once per connection instead of once per call; the ORM's own path
 * inlines every parameter into a new text, which PostgreSQL must plan afresh each time. In
 * bench/transitions.ts PostgreSQL's CPU per task transition fell from 3.0–4.5 ms to about 2.5 ms,
 * and the baseline's throughput rose from 150–200/s to about 250/s *(measured here)*.
 */
export interface Sql {
  all<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  one<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T | undefined>;
  run(query: string, params?: unknown[]): Promise<number>;
}

/** `timestamptz` values as the ORM's driver hands them over: text with an offset. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:?\d{2})?|Z)$/;

/** The ORM's driver leaves timestamps as text; plain SQL callers get Dates, as entities do. */
function withDates<T>(rows: T[]): T[] {
  for (const row of rows as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(row)) {
      if (typeof value === 'string' && TIMESTAMP.test(value)) row[key] = new Date(value);
    }
  }
  return rows;
}

interface KnexClient {
  acquireConnection(): Promise<ClientBase>;
  releaseConnection(connection: ClientBase): Promise<unknown>;
}

export function sql(em: EntityManager): Sql {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  // Inside a transaction knex hands out the transaction's own connection and never releases it.
  const client = (transaction ?? em.getConnection().getKnex()).client as unknown as KnexClient;
  const execute = async (query: string, params: unknown[]): Promise<QueryResult> => {
    const connection = await client.acquireConnection();
    try {
      return await inTurn(connection, statement(query, params));
    } finally {
      await client.releaseConnection(connection);
    }
  };
  return {
    all: async <T>(query: string, params: unknown[] = []) => withDates((await execute(query, params)).rows as T[]),
    one: async <T>(query: string, params: unknown[] = []) => withDates((await execute(query, params)).rows as T[])[0],
    run: async (query, params = []) => (await execute(query, params)).rowCount ?? 0,
  };
}

/** The statement each connection runs last, so the next one waits for it. */
const lastOnConnection = new WeakMap<ClientBase, Promise<unknown>>();

/**
 * Runs a statement after those already sent on the connection. A transaction's statements share
 * one connection, and callers gather reads with Promise.all; pg 8 queues such overlapping
 * queries itself but deprecates it (pg 9 refuses them), so the queue is ours.
 */
function inTurn(connection: ClientBase, config: QueryConfig): Promise<QueryResult> {
  const previous = lastOnConnection.get(connection);
  const result = previous ? previous.then(() => connection.query(config)) : connection.query(config);
  lastOnConnection.set(connection, result.catch(() => undefined));
  return result;
}

/**
 * Distinct statement texts get a prepared-statement name, up to a bound: texts are written in
 * code, so there are few, but a connection never forgets a prepared statement, and a text built
 * from data must not grow that set for ever. Past the bound, statements run unnamed.
 */
const MAX_PREPARED = 1000;
const prepared = new Map<string, { name: string; text: string }>();

function statement(query: string, params: unknown[]): QueryConfig {
  let known = prepared.get(query);
  if (!known) {
    known = { name: prepared.size < MAX_PREPARED ? `tthc_${prepared.size + 1}` : '', text: positional(query) };
    if (known.name) prepared.set(query, known);
  }
  const values = params.map((value) => (value === undefined ? null : value));
  return known.name ? { name: known.name, text: known.text, values } : { text: known.text, values };
}

/**
 * `?` placeholders as PostgreSQL's `$1, $2…`, leaving string literals, quoted identifiers and
 * comments alone. A `?` that must stay literal cannot occur in our SQL otherwise (no jsonb `?`
 * operators: use `jsonb_exists`).
 */
export function positional(query: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < query.length; i += 1) {
    const c = query[i];
    if (c === "'" || c === '"') {
      const end = closing(query, i, c);
      out += query.slice(i, end + 1);
      i = end;
    } else if (c === '-' && query[i + 1] === '-') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length - 1 : end;
      out += query.slice(i, stop + 1);
      i = stop;
    } else if (c === '?') {
      n += 1;
      out += `$${n}`;
    } else {
      out += c;
    }
  }
  return out;
}

/** Index of the quote closing the literal that opens at `start` (a doubled quote is an escaped one). */
function closing(query: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < query.length) {
    if (query[i] === quote) {
      if (query[i + 1] === quote) i += 2;
      else return i;
    } else {
      i += 1;
    }
  }
  return query.length - 1;
}

/** A PostgreSQL array literal for a `?::text[]` placeholder, the same through this helper and the ORM's `execute`. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
