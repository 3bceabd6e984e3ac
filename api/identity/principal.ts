import type { EntityManager } from '@mikro-orm/postgresql';
import { PROVINCE_WIDE_ROLES, type Role } from '../authz/roles';
import { sql } from '../db/sql';

/** The signed-in officer, as every authorised route sees them. */
export interface Principal {
  kind: 'officer';
  id: number;
  username: string;
  fullName: string;
  roles: Role[];
  agencyId: number | null;
  agencyCode: string | null;
  /** Ancestor path of the officer's agency: their scope is every agency whose path starts with it. */
  agencyPath: string | null;
  departmentId: number | null;
  departmentCode: string | null;
  mustChangePassword: boolean;
  revoked: boolean;
  tokenVersion: number;
}

interface PrincipalRow {
  id: number;
  username: string;
  full_name: string;
  agency_id: number | null;
  agency_code: string | null;
  agency_path: string | null;
  department_id: number | null;
  department_code: string | null;
  must_change_password: boolean;
  revoked_at: Date | null;
  token_version: number;
  roles: Role[];
}

/** One indexed query, prepared once per connection (every officer request runs it): the account, its agency and department, and its roles. */
export async function loadPrincipal(em: EntityManager, where: { id: number } | { username: string }): Promise<Principal | null> {
  const [column, value] = 'id' in where ? ['u.id', where.id] : ['u.username', where.username];
  const row = await sql(em).one<PrincipalRow>(
    `select u.id, u.username, u.full_name, u.agency_id, a.code as agency_code, a.path as agency_path,
            u.department_id, d.code as department_code, u.must_change_password, u.revoked_at, u.token_version,
            coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
       from app_user u
       left join agency a on a.id = u.agency_id
       left join department d on d.id = u.department_id
       left join user_role r on r.user_id = u.id
      where ${column} = ?
      group by u.id, a.id, d.id`,
    [value],
  );
  if (!row) return null;
  return {
    kind: 'officer',
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: row.roles,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyPath: row.agency_path,
    departmentId: row.department_id,
    departmentCode: row.department_code,
    mustChangePassword: row.must_change_password,
    revoked: row.revoked_at !== null,
    tokenVersion: row.token_version,
  };
}

export function isProvinceWide(principal: Principal): boolean {
  return principal.roles.some((role) => PROVINCE_WIDE_ROLES.includes(role));
}

/** SQL scoping in one place: may this officer act on an agency with this ancestor path? */
export function coversAgencyPath(principal: Principal, agencyPath: string): boolean {
  if (isProvinceWide(principal)) return true;
  return principal.agencyPath !== null && agencyPath.startsWith(principal.agencyPath);
}

/** The public view of an account, as login and /me return it. */
export function describePrincipal(principal: Principal) {
  return {
    username: principal.username,
    fullName: principal.fullName,
    roles: principal.roles,
    agencyCode: principal.agencyCode,
    departmentCode: principal.departmentCode,
    mustChangePassword: principal.mustChangePassword,
  };
}
