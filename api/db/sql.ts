import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Plain SQL bound to an entity manager's transaction, for the hot paths where a unit of work
 * would cost more than it gives (the dossier step, the inbox). Every statement runs inside the
 * caller's transaction when there is one.
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

export function sql(em: EntityManager): Sql {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  return {
    all: async <T>(query: string, params: unknown[] = []) => withDates((await connection.execute(query, params, 'all', ctx)) as T[]),
    one: async <T>(query: string, params: unknown[] = []) => withDates((await connection.execute(query, params, 'all', ctx)) as T[])[0],
    run: async (query, params = []) => {
      const result = await connection.execute<{ affectedRows: number }>(query, params, 'run', ctx);
      return result.affectedRows;
    },
  };
}

/**
 * A PostgreSQL array literal for a `?::text[]` placeholder: the query builder would otherwise
 * spread a JS array into a list of values.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
