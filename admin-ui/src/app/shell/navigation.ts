import { AREA_ROLES, hasAnyRole, type Area } from '../session/roles';

export interface NavItem {
  area: Area;
  path: string;
  label: string;
  /** A one-letter glyph drawn in the menu; purely decorative. */
  icon: string;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

/** The menu, grouped as the one-stop office thinks of its work. Each item opens one area. */
export const NAVIGATION: NavGroup[] = [
  {
    label: 'Giải quyết hồ sơ',
    items: [
      { area: 'reception', path: '/reception', label: 'Tiếp nhận hồ sơ', icon: 'receive' },
      { area: 'reception', path: '/reception-queue', label: 'Hồ sơ trực tuyến chờ tiếp nhận', icon: 'list' },
      { area: 'inbox', path: '/inbox', label: 'Hồ sơ cần xử lý', icon: 'inbox' },
      { area: 'overdueReview', path: '/overdue-review', label: 'Rà soát hồ sơ quá hạn', icon: 'alarm' },
    ],
  },
  {
    label: 'Phục vụ người dân',
    items: [
      { area: 'feedback', path: '/feedback', label: 'Phản ánh, hỏi đáp', icon: 'message' },
      { area: 'surveys', path: '/surveys', label: 'Khảo sát hài lòng', icon: 'survey' },
    ],
  },
  {
    label: 'Danh mục',
    items: [
      { area: 'catalogue', path: '/catalogue', label: 'Danh mục thủ tục', icon: 'list' },
      { area: 'agencies', path: '/organisation/agencies', label: 'Cơ quan', icon: 'building' },
      { area: 'sectors', path: '/organisation/sectors', label: 'Lĩnh vực', icon: 'tag' },
      { area: 'levels', path: '/organisation/levels', label: 'Cấp hành chính', icon: 'layers' },
      { area: 'calendar', path: '/calendar', label: 'Lịch làm việc', icon: 'calendar' },
    ],
  },
  {
    label: 'Quản trị',
    items: [{ area: 'officers', path: '/officers', label: 'Tài khoản cán bộ', icon: 'users' }],
  },
  {
    label: 'Quy trình',
    items: [
      { area: 'designer', path: '/process-designer', label: 'Thiết kế quy trình', icon: 'flow' },
      { area: 'formDesigner', path: '/form-designer', label: 'Thiết kế biểu mẫu', icon: 'form' },
    ],
  },
];

/** The menu an officer with these roles sees: empty groups are left out. */
export function navigationFor(roles: readonly string[]): NavGroup[] {
  return NAVIGATION
    .map((group) => ({ ...group, items: group.items.filter((item) => hasAnyRole(roles, AREA_ROLES[item.area])) }))
    .filter((group) => group.items.length > 0);
}
