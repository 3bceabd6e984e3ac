import type { EntityManager } from '@mikro-orm/postgresql';
import { UserRoleSchema, UserSchema, type User } from './entities';
import { hashPassword } from './passwords';

/**
 * First start (API.md): when the database has no users, create `admin` with the role
 * system_admin and the bootstrap password. It belongs to no agency: its scope is the province.
 */
export async function bootstrapAdmin(em: EntityManager, password: string): Promise<boolean> {
  if ((await em.count(UserSchema, {})) > 0) return false;
  await em.transactional(async (tx) => {
    const admin = tx.create(UserSchema, {
      username: 'admin', passwordHash: await hashPassword(password), fullName: 'Quản trị hệ thống',
      // The operator chose this password in the environment: no first-login change for it.
      mustChangePassword: false, failedLogins: 0, tokenVersion: 0,
    } as User);
    await tx.flush();
    tx.create(UserRoleSchema, { userId: admin.id, role: 'system_admin' });
  });
  return true;
}
