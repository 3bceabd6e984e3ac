/** Text of the application frame, in one place for translation. */
export const SHELL_TEXTS = {
  systemName: 'Hệ thống thông tin một cửa điện tử',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainMenu: 'Danh mục chức năng',
  account: 'Tài khoản',
  changePassword: 'Đổi mật khẩu',
  signOut: 'Đăng xuất',
  comingSoonTitle: 'Chức năng đang được hoàn thiện',
  comingSoonBody: 'Màn hình này sẽ có trong phiên bản tiếp theo của hệ thống.',
  forbiddenTitle: 'Không có quyền truy cập',
  forbiddenBody: 'Tài khoản của bạn không được giao chức năng này. Nếu cần sử dụng, vui lòng liên hệ quản trị cơ quan.',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Địa chỉ bạn mở không tồn tại hoặc đã được thay đổi.',
  noAreaTitle: 'Chưa được giao chức năng',
  noAreaBody: 'Tài khoản của bạn chưa được giao vai trò nào có màn hình làm việc. Vui lòng liên hệ quản trị cơ quan.',
  backHome: 'Về trang làm việc',
} as const;
