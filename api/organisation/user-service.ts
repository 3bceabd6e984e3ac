import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../calendar/clock';
import { AGENCY_GRANTABLE_ROLES, isRole, type Role } from '../authz/roles';
import { AppError } from '../errors/catalogue';
import { UserRoleSchema, UserSchema, type User } from '../identity/entities';
import { hashPassword, passwordWeaknesses } from '../identity/passwords';
import { coversAgencyPath, isProvinceWide, type Principal } from '../identity/principal';
import { agencyInScope } from './agency-service';
import { DepartmentSchema } from './entities';

export interface NewOfficer {
  username: string;
  password: string;
  fullName: string;
  email?: string;
  agencyCode: string;
  departmentCode?: string;
  roles: string[];
}

export interface OfficerView {
  username: string;
  fullName: string;
  email: string | null;
  agencyCode: string | null;
  departmentCode: string | null;
  roles: string[];
  mustChangePassword: boolean;
  locked: boolean;
  revoked: boolean;
}

/** Roles must exist, and a caller without province-wide scope grants only agency roles. */
function checkRoles(principal: Principal, roles: string[]): Role[] {
  const details = roles.flatMap((role, i) => (isRole(role) ? [] : [{ path: `/roles/${i}`, message: `Vai trò "${role}" không tồn tại.` }]));
  if (details.length) throw new AppError('UNKNOWN_ROLE', details);
  const granted = roles as Role[];
  if (!isProvinceWide(principal) && granted.some((role) => !AGENCY_GRANTABLE_ROLES.includes(role))) {
    throw new AppError('FORBIDDEN', [], 'Quản trị cơ quan chỉ được cấp các vai trò trong phạm vi cơ quan.');
  }
  return [...new Set(granted)];
}

async function departmentId(em: EntityManager, agencyId: number, code: string | undefined | null): Promise<number | null> {
  if (!code) return null;
  const department = await em.findOne(DepartmentSchema, { agencyId, code });
  if (!department) throw new AppError('UNKNOWN_DEPARTMENT', [{ path: '/departmentCode', message: `Cơ quan không có phòng mã "${code}".` }]);
  return department.id;
}

export async function createOfficer(em: EntityManager, principal: Principal, input: NewOfficer): Promise<User> {
  const username = input.username.toLowerCase();
  const roles = checkRoles(principal, input.roles);
  const agency = await agencyInScope(em, principal, input.agencyCode).catch((error: AppError) => {
    if (error.code === 'AGENCY_NOT_FOUND') throw new AppError('UNKNOWN_AGENCY', [{ path: '/agencyCode', message: `Không có cơ quan mã "${input.agencyCode}".` }]);
    throw error;
  });
  const deptId = await departmentId(em, agency.id, input.departmentCode);
  const weaknesses = passwordWeaknesses(input.password, username);
  if (weaknesses.length) throw new AppError('WEAK_PASSWORD', weaknesses);
  if (await em.findOne(UserSchema, { username })) throw new AppError('USERNAME_TAKEN');
  const passwordHash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const user = tx.create(UserSchema, {
      username, passwordHash, fullName: input.fullName, email: input.email ?? null, agencyId: agency.id, departmentId: deptId,
      mustChangePassword: true, failedLogins: 0, tokenVersion: 0,
    } as User);
    await tx.flush();
    for (const role of roles) tx.create(UserRoleSchema, { userId: user.id, role });
    await tx.flush();
    return user;
  });
}

/** Finds an officer whose agency lies in the caller's scope. */
export async function officerInScope(em: EntityManager, principal: Principal, username: string): Promise<User> {
  const user = await em.findOne(UserSchema, { username: username.toLowerCase() });
  if (!user) throw new AppError('USER_NOT_FOUND');
  const rows = await em.getConnection().execute<{ path: string }[]>('select path from agency where id = ?', [user.agencyId ?? 0]);
  const path = rows[0]?.path ?? '/';
  if (!coversAgencyPath(principal, path)) throw new AppError('OUT_OF_SCOPE');
  return user;
}

export async function updateOfficer(
  em: EntityManager, principal: Principal, username: string,
  patch: { fullName?: string; email?: string | null; departmentCode?: string | null; roles?: string[] },
): Promise<User> {
  const user = await officerInScope(em, principal, username);
  const roles = patch.roles ? checkRoles(principal, patch.roles) : undefined;
  if (patch.departmentCode !== undefined) user.departmentId = await departmentId(em, user.agencyId ?? 0, patch.departmentCode);
  return em.transactional(async (tx) => {
    if (patch.fullName) user.fullName = patch.fullName;
    if (patch.email !== undefined) user.email = patch.email;
    if (roles) {
      await tx.nativeDelete(UserRoleSchema, { userId: user.id });
      for (const role of roles) tx.create(UserRoleSchema, { userId: user.id, role });
    }
    tx.persist(user);
    await tx.flush();
    return user;
  });
}

/** Cấp lại mật khẩu: the officer must change it again at the next login, and is unlocked. */
export async function resetPassword(em: EntityManager, principal: Principal, username: string, password: string): Promise<void> {
  const user = await officerInScope(em, principal, username);
  const weaknesses = passwordWeaknesses(password, user.username, '/newPassword');
  if (weaknesses.length) throw new AppError('WEAK_PASSWORD', weaknesses);
  user.passwordHash = await hashPassword(password);
  user.mustChangePassword = true;
  user.failedLogins = 0;
  user.lockedUntil = null;
  user.tokenVersion += 1;
  await em.flush();
}

export async function revokeOfficer(em: EntityManager, clock: Clock, principal: Principal, username: string): Promise<void> {
  const user = await officerInScope(em, principal, username);
  if (user.id === principal.id) throw new AppError('FORBIDDEN', [], 'Không thể tự thu hồi tài khoản của chính mình.');
  user.revokedAt ??= clock.now();
  user.tokenVersion += 1;
  await em.flush();
}

export async function unlockOfficer(em: EntityManager, principal: Principal, username: string): Promise<void> {
  const user = await officerInScope(em, principal, username);
  user.failedLogins = 0;
  user.lockedUntil = null;
  await em.flush();
}

/** Danh sách cán bộ in the caller's scope, paged on the server. */
export async function listOfficers(
  em: EntityManager, clock: Clock, principal: Principal, query: { agencyCode?: string; q?: string; page: number; pageSize: number },
): Promise<{ items: OfficerView[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!isProvinceWide(principal)) {
    where.push(`a.path like ? || '%'`);
    params.push(principal.agencyPath ?? '/none/');
  }
  if (query.agencyCode) {
    where.push('a.code = ?');
    params.push(query.agencyCode);
  }
  if (query.q) {
    where.push(`(unaccent(u.full_name) ilike unaccent(?) or u.username ilike ?)`);
    params.push(`%${query.q}%`, `%${query.q}%`);
  }
  const filter = where.length ? `where ${where.join(' and ')}` : '';
  const rows = await em.getConnection().execute<(Record<string, unknown> & { total: string })[]>(
    `select u.username, u.full_name, u.email, a.code as agency_code, d.code as department_code, u.must_change_password,
            u.locked_until, u.revoked_at, count(*) over () as total,
            coalesce((select array_agg(r.role order by r.role) from user_role r where r.user_id = u.id), '{}') as roles
       from app_user u left join agency a on a.id = u.agency_id left join department d on d.id = u.department_id
       ${filter} order by u.username limit ? offset ?`,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const now = clock.now();
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      username: r.username as string,
      fullName: r.full_name as string,
      email: (r.email as string | null) ?? null,
      agencyCode: (r.agency_code as string | null) ?? null,
      departmentCode: (r.department_code as string | null) ?? null,
      roles: r.roles as string[],
      mustChangePassword: r.must_change_password as boolean,
      locked: Boolean(r.locked_until && (r.locked_until as Date) > now),
      revoked: r.revoked_at !== null,
    })),
  };
}
