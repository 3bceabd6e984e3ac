/**
 * Tỉnh Demo: the demo province seeded on an empty database in demo mode. Two-tier, as local
 * government has been since July 2025: the province, its departments (sở) and two communes.
 */
export const DEMO_PASSWORD = 'TinhDemo@2026';

export const demoAgencies = [
  { code: '000.00.00.H99', name: 'Ủy ban nhân dân tỉnh Demo', level: 'province' },
  { code: '000.00.14.H99', name: 'Sở Xây dựng tỉnh Demo', level: 'province', parentCode: '000.00.00.H99' },
  { code: '000.00.15.H99', name: 'Sở Tư pháp tỉnh Demo', level: 'province', parentCode: '000.00.00.H99' },
  // Not under the provincial People's Committee, but on the province's platform for inter-agency steps (D8).
  { code: '000.00.16.H99', name: 'Công an tỉnh Demo', level: 'province', parentCode: '000.00.00.H99' },
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
  { agencyCode: '000.00.15.H99', code: 'VP', name: 'Văn phòng Sở' },
  { agencyCode: '000.00.16.H99', code: 'PC06', name: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội' },
  { agencyCode: '000.21.01.H99', code: 'MOTCUA', name: 'Bộ phận Một cửa' },
  { agencyCode: '000.21.01.H99', code: 'TPHT', name: 'Công chức Tư pháp - Hộ tịch' },
  { agencyCode: '000.21.01.H99', code: 'KT', name: 'Phòng Kinh tế' },
  { agencyCode: '000.21.02.H99', code: 'MOTCUA', name: 'Bộ phận Một cửa' },
  { agencyCode: '000.21.02.H99', code: 'TPHT', name: 'Công chức Tư pháp - Hộ tịch' },
  { agencyCode: '000.21.02.H99', code: 'KT', name: 'Phòng Kinh tế' },
];

export const demoSectors = [
  { code: 'XD', name: 'Hoạt động xây dựng' },
  { code: 'HT', name: 'Hộ tịch' },
  { code: 'CT', name: 'Chứng thực' },
  { code: 'LLTP', name: 'Lý lịch tư pháp' },
];

const SO_TU_PHAP = '000.00.15.H99';
const AN_PHU = '000.21.01.H99';

/**
 * One account per role at Sở Xây dựng and the province, and the accounts the other demo
 * procedures need at Sở Tư pháp, Công an tỉnh and xã An Phú. Demo accounts skip the first-login
 * password change.
 */
export const demoOfficers = [
  { username: 'motcua', fullName: 'Nguyễn Thị Lan', agencyCode: '000.00.14.H99', departmentCode: 'MOTCUA', roles: ['desk_officer'] },
  { username: 'buuchinh', fullName: 'Trần Văn Bưu', agencyCode: '000.00.14.H99', departmentCode: 'MOTCUA', roles: ['postal_staff'] },
  { username: 'truongphong', fullName: 'Lê Văn Hùng', agencyCode: '000.00.14.H99', departmentCode: 'QLXD', roles: ['department_head'] },
  { username: 'chuyenvien', fullName: 'Phạm Thị Mai', agencyCode: '000.00.14.H99', departmentCode: 'QLXD', roles: ['specialist'] },
  { username: 'chuyenvien2', fullName: 'Hồ Thanh Bình', agencyCode: '000.00.14.H99', departmentCode: 'QLXD', roles: ['specialist'] },
  { username: 'lanhdao', fullName: 'Võ Minh Quang', agencyCode: '000.00.14.H99', roles: ['agency_leader'] },
  { username: 'vanthu', fullName: 'Đặng Thị Hoa', agencyCode: '000.00.14.H99', departmentCode: 'VP', roles: ['clerk'] },
  { username: 'quantri', fullName: 'Huỳnh Văn Tâm', agencyCode: '000.00.14.H99', roles: ['agency_admin'] },
  { username: 'kiemsoat', fullName: 'Bùi Thị Thu', agencyCode: '000.00.00.H99', departmentCode: 'KSTTHC', roles: ['control_office'] },
  { username: 'motcuatp', fullName: 'Trương Thị Kim', agencyCode: SO_TU_PHAP, departmentCode: 'MOTCUA', roles: ['desk_officer'] },
  { username: 'lltp', fullName: 'Đoàn Thị Ngọc', agencyCode: SO_TU_PHAP, departmentCode: 'HCTP', roles: ['specialist'] },
  { username: 'lanhdaotp', fullName: 'Châu Văn Lợi', agencyCode: SO_TU_PHAP, roles: ['agency_leader'] },
  { username: 'vanthutp', fullName: 'Lâm Thị Hương', agencyCode: SO_TU_PHAP, departmentCode: 'VP', roles: ['clerk'] },
  { username: 'congan', fullName: 'Trịnh Văn Bảo', agencyCode: '000.00.16.H99', departmentCode: 'PC06', roles: ['specialist'] },
  { username: 'motcuaxa', fullName: 'Phan Thị Yến', agencyCode: AN_PHU, departmentCode: 'MOTCUA', roles: ['desk_officer'] },
  { username: 'hotich', fullName: 'Lương Văn Tài', agencyCode: AN_PHU, departmentCode: 'TPHT', roles: ['specialist'] },
  { username: 'kinhte', fullName: 'Mai Thị Thảo', agencyCode: AN_PHU, departmentCode: 'KT', roles: ['specialist'] },
  { username: 'chutichxa', fullName: 'Tô Văn Dũng', agencyCode: AN_PHU, roles: ['agency_leader'] },
  { username: 'thietke', fullName: 'Ngô Đức Anh', agencyCode: '000.00.00.H99', departmentCode: 'KSTTHC', roles: ['process_designer'] },
];
