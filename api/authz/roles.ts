/**
 * Vai trò: the officer roles of the platform (REQUIREMENTS I2). The set is fixed by the API
 * contract; what each role may do lives in the `role_permission` table that casbin loads.
 */
export const ROLES = {
  desk_officer: 'Cán bộ tiếp nhận (Bộ phận Một cửa)',
  postal_staff: 'Nhân viên bưu chính',
  department_head: 'Lãnh đạo phòng chuyên môn',
  specialist: 'Chuyên viên xử lý',
  agency_leader: 'Lãnh đạo cơ quan',
  clerk: 'Văn thư',
  agency_admin: 'Quản trị cơ quan',
  control_office: 'Cán bộ kiểm soát thủ tục hành chính',
  process_designer: 'Người thiết kế quy trình',
  system_admin: 'Quản trị hệ thống',
} as const;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as Role[];

/** Roles whose scope is the whole province rather than their own agency subtree. */
export const PROVINCE_WIDE_ROLES: readonly Role[] = ['system_admin', 'control_office'];

/** Roles an agency administrator may grant inside their own agency; the rest only a system administrator grants. */
export const AGENCY_GRANTABLE_ROLES: readonly Role[] = [
  'desk_officer', 'postal_staff', 'department_head', 'specialist', 'agency_leader', 'clerk', 'agency_admin',
];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
