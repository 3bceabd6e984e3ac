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

export function sql(em: EntityManager): Sql {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  return {
    all: (query, params = []) => connection.execute(query, params, 'all', ctx),
    one: async <T>(query: string, params: unknown[] = []) => ((await connection.execute(query, params, 'all', ctx)) as T[])[0],
    run: async (query, params = []) => {
      const result = await connection.execute<{ affectedRows: number }>(query, params, 'run', ctx);
      return result.affectedRows;
    },
  };
}
