import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs SQL on the entity manager's connection, inside its transaction when it has one. MikroORM
 * inlines parameters (escaped), so an array would expand into a list: pass arrays and objects as
 * JSON text and cast them with `?::jsonb`.
 */
export function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
}

export const json = (value: unknown): string => JSON.stringify(value ?? null);

/** PostgreSQL's timestamptz text (`2026-03-02 02:00:00.123456+00`) or a Date, as a Date. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value)
    .replace(' ', 'T')
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Unreadable timestamp from the database: ${String(value)}`);
  return date;
}

export const toDateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : toDate(value));
