import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../calendar/clock';
import { AppError } from '../errors/catalogue';
import { UserSchema } from './entities';
import { decoyVerify, hashPassword, passwordWeaknesses, verifyPassword } from './passwords';
import { loadPrincipal, type Principal } from './principal';

/** Khóa tài khoản: after this many wrong passwords in a row the account locks for a while. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

/** Checks a password and keeps the failure count; returns the principal on success. */
export async function checkCredentials(em: EntityManager, clock: Clock, username: string, password: string): Promise<Principal> {
  const user = await em.findOne(UserSchema, { username: username.trim().toLowerCase() });
  if (!user) {
    await decoyVerify(password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const now = clock.now();
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
  if (!(await verifyPassword(user.passwordHash, password))) {
    user.failedLogins += 1;
    const locks = user.failedLogins >= MAX_FAILED_LOGINS;
    if (locks) {
      user.lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      user.failedLogins = 0;
    }
    await em.flush();
    throw new AppError(locks ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  }
  if (user.revokedAt) throw new AppError('ACCOUNT_REVOKED');
  if (user.failedLogins || user.lockedUntil) {
    user.failedLogins = 0;
    user.lockedUntil = null;
    await em.flush();
  }
  return (await loadPrincipal(em, { id: user.id }))!;
}

/** Đổi mật khẩu: every earlier token stops working, and the first-login rule is satisfied. */
export async function changePassword(em: EntityManager, clock: Clock, principal: Principal, current: string, next: string): Promise<Principal> {
  await checkCredentials(em, clock, principal.username, current);
  const weaknesses = passwordWeaknesses(next, principal.username, '/newPassword');
  if (weaknesses.length) throw new AppError('WEAK_PASSWORD', weaknesses);
  if (current === next) throw new AppError('PASSWORD_REUSED');
  const user = await em.findOneOrFail(UserSchema, { id: principal.id });
  user.passwordHash = await hashPassword(next);
  user.mustChangePassword = false;
  user.tokenVersion += 1;
  await em.flush();
  return (await loadPrincipal(em, { id: user.id }))!;
}
