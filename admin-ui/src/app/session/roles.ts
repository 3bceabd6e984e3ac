/**
 * Vai trò của cán bộ. The codes are fixed by the API contract (API.md); the labels are the
 * regulation's terms, the same ones the server uses in api/authz/roles.ts.
 */
export const ROLE_LABELS = {
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

export type Role = keyof typeof ROLE_LABELS;

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

/** Roles an agency administrator may grant; the others only a province-wide administrator grants. */
export const AGENCY_GRANTABLE_ROLES: readonly Role[] = [
  'desk_officer', 'postal_staff', 'department_head', 'specialist', 'agency_leader', 'clerk', 'agency_admin',
];

/** Roles whose scope is the whole province rather than their own agency subtree. */
export const PROVINCE_WIDE_ROLES: readonly Role[] = ['system_admin', 'control_office'];

/** Who may open each area of the app. The navigation and the route guards read the same lists. */
export const AREA_ROLES = {
  reception: ['desk_officer', 'postal_staff'],
  inbox: ['desk_officer', 'postal_staff', 'department_head', 'specialist', 'agency_leader', 'clerk'],
  catalogue: ['control_office', 'process_designer'],
  formDesigner: ['control_office', 'process_designer'],
  overdueReview: ['control_office', 'desk_officer', 'agency_leader'],
  agencies: ['control_office', 'system_admin', 'agency_admin'],
  sectors: ['control_office', 'system_admin'],
  levels: ['system_admin'],
  calendar: ['control_office', 'system_admin'],
  officers: ['agency_admin', 'system_admin'],
  designer: ['process_designer'],
  feedback: ['desk_officer', 'department_head', 'agency_leader', 'agency_admin', 'control_office', 'system_admin'],
  surveys: ['agency_leader', 'agency_admin', 'control_office', 'system_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

/** Who may create, rename and move agencies (the server's `agency:manage` permission). */
export const AGENCY_MANAGERS: readonly Role[] = ['control_office', 'system_admin'];

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export function hasAnyRole(roles: readonly string[], wanted: readonly string[]): boolean {
  return roles.some((role) => wanted.includes(role));
}
