import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A secret generated once and kept in the database, so every API node signs and verifies
 * tokens with the same key without the operator having to set one.
 */
export async function sharedSecret(em: EntityManager, name: string): Promise<string> {
  const connection = em.getConnection();
  await connection.execute('insert into system_secret (name, value) values (?, ?) on conflict (name) do nothing', [
    name, randomBytes(48).toString('base64url'),
  ]);
  const rows = await connection.execute<{ value: string }[]>('select value from system_secret where name = ?', [name]);
  return rows[0].value;
}
