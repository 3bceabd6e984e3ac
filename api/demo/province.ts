/**
 * Tỉnh Demo: the demo province seeded on an empty database in demo mode. Two-tier, as local
 * government has been since July 2025: the province, its departments (sở) and two communes.
 */
export const DEMO_PASSWORD = 'TinhDemo@2026';

export const demoAgencies = [
  { code: '000.00.00.H99', name: 'Ủy ban nhân dân tỉnh Demo', level: 'province' },
  { code: '000.00.14.H99', name: 'Sở Xây dựng tỉnh Demo', level: 'province', parentCode: '000.00.00.H99' },
  { code: '000.00.15.H99', name: 'Sở Tư pháp tỉnh Demo', level: 'province', parentCode: '000.00.00.H99' },
  { code: '000.21.01.H99', name: 'Ủy ban nhân dân xã An Phú', level: 'commune', parentCode: '000.00.00.H99' },
  { code: '000.21.02.H99', name: 'Ủy ban nhân dân xã Bình Minh', level: 'commune', parentCode: '000.00.00.H99' },
];

export const demoDepartments = [
  { agencyCode: '000.00.00.H99', code: 'KSTTHC', name: 'Phòng Kiểm soát thủ tục hành chính' },
  { agencyCode: '000.00.14.H99', code: 'MOTCUA', name: 'Bộ phận Một cửa' },
  { agencyCode: '000.00.14.H99', code: 'QLXD', name: 'Phòng Quản lý hoạt động xây dựng' },
  { agencyCode: '000.00.14.H99', code: 'VP', name: 'Văn phòng Sở' },
  { agencyCode: '000.00.15.H99', code: 'MOTCUA', name: 'Bộ phận Một cửa' },
  { agencyCode: '000.00.15.H99', code: 'HCTP', name: 'Phòng Hành chính tư pháp' },
  { agencyCode: '000.21.01.H99', code: 'MOTCUA', name: 'Bộ phận Một cửa' },
  { agencyCode: '000.21.01.H99', code: 'TPHT', name: 'Công chức Tư pháp - Hộ tịch' },
  { agencyCode: '000.21.02.H99', code: 'MOTCUA', name: 'Bộ phận Một cửa' },
  { agencyCode: '000.21.02.H99', code: 'TPHT', name: 'Công chức Tư pháp - Hộ tịch' },
];

export const demoSectors = [
  { code: 'XD', name: 'Hoạt động xây dựng' },
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'CT', name: 'Chứng thực' },
  { code: 'LLTP', name: 'Lý lịch tư pháp' },
];

/** One account per role; demo accounts skip the first-login password change. */
export const demoOfficers = [
  { username: 'motcua', fullName: 'Nguyễn Thị Lan', agencyCode: '000.00.14.H99', departmentCode: 'MOTCUA', roles: ['desk_officer'] },
  { username: 'buuchinh', fullName: 'Trần Văn Bưu', agencyCode: '000.00.14.H99', departmentCode: 'MOTCUA', roles: ['postal_staff'] },
  { username: 'truongphong', fullName: 'Lê Văn Hùng', agencyCode: '000.00.14.H99', departmentCode: 'QLXD', roles: ['department_head'] },
  { username: 'chuyenvien', fullName: 'Phạm Thị Mai', agencyCode: '000.00.14.H99', departmentCode: 'QLXD', roles: ['specialist'] },
  { username: 'lanhdao', fullName: 'Võ Minh Quang', agencyCode: '000.00.14.H99', roles: ['agency_leader'] },
  { username: 'vanthu', fullName: 'Đặng Thị Hoa', agencyCode: '000.00.14.H99', departmentCode: 'VP', roles: ['clerk'] },
  { username: 'quantri', fullName: 'Huỳnh Văn Tâm', agencyCode: '000.00.14.H99', roles: ['agency_admin'] },
  { username: 'kiemsoat', fullName: 'Bùi Thị Thu', agencyCode: '000.00.00.H99', departmentCode: 'KSTTHC', roles: ['control_office'] },
  { username: 'thietke', fullName: 'Ngô Đức Anh', agencyCode: '000.00.00.H99', departmentCode: 'KSTTHC', roles: ['process_designer'] },
];
