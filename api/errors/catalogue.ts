/**
 * The one catalogue of error codes. A code is a stable name for programs; the message is for people,
 * in Vietnamese. A retired code is never reused: mark it retired instead of deleting it.
 */
export const errorCatalogue = {
  // 400 — malformed requests
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
  MALFORMED_JSON: { status: 400, message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
  WEAK_PASSWORD: { status: 400, message: 'Mật khẩu chưa đủ mạnh.' },
  // 401 — no identity
  UNAUTHENTICATED: { status: 401, message: 'Bạn cần đăng nhập để thực hiện thao tác này.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  TOKEN_INVALID: { status: 401, message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.' },
  // 403 — not allowed
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  OUT_OF_SCOPE: { status: 403, message: 'Đối tượng này nằm ngoài phạm vi cơ quan bạn quản lý.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Bạn phải đổi mật khẩu trước khi sử dụng hệ thống.' },
  ACCOUNT_LOCKED: { status: 403, message: 'Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau.' },
  ACCOUNT_REVOKED: { status: 403, message: 'Tài khoản đã bị thu hồi.' },
  // 404 — unknown or not visible
  NOT_FOUND: { status: 404, message: 'Không tìm thấy tài nguyên yêu cầu.' },
  AGENCY_NOT_FOUND: { status: 404, message: 'Không tìm thấy cơ quan.' },
  DEPARTMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy phòng chuyên môn.' },
  USER_NOT_FOUND: { status: 404, message: 'Không tìm thấy tài khoản.' },
  // 409 — conflicts and wrong state
  CONFLICT: { status: 409, message: 'Dữ liệu đã bị thay đổi bởi thao tác khác. Vui lòng tải lại và thử lại.' },
  AGENCY_CODE_TAKEN: { status: 409, message: 'Mã định danh cơ quan đã tồn tại.' },
  DEPARTMENT_CODE_TAKEN: { status: 409, message: 'Mã phòng chuyên môn đã tồn tại trong cơ quan này.' },
  SECTOR_CODE_TAKEN: { status: 409, message: 'Mã lĩnh vực đã tồn tại.' },
  LEVEL_CODE_TAKEN: { status: 409, message: 'Mã cấp hành chính đã tồn tại.' },
  USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã tồn tại.' },
  // 413, 415, 429
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Định dạng nội dung không được hỗ trợ.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.' },
  // 422 — semantically invalid
  AGENCY_CYCLE: { status: 422, message: 'Không thể đặt cơ quan làm cấp dưới của chính nó hoặc của cơ quan cấp dưới.' },
  UNKNOWN_LEVEL: { status: 422, message: 'Cấp hành chính không tồn tại trong cấu hình.' },
  UNKNOWN_ROLE: { status: 422, message: 'Vai trò không tồn tại.' },
  UNKNOWN_AGENCY: { status: 422, message: 'Mã cơ quan không tồn tại.' },
  UNKNOWN_DEPARTMENT: { status: 422, message: 'Mã phòng chuyên môn không tồn tại trong cơ quan đã chọn.' },
  CALENDAR_RULES_INVALID: { status: 422, message: 'Lịch làm việc không hợp lệ.' },
  PASSWORD_REUSED: { status: 422, message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  // 500 — our fault, never the caller's
  INTERNAL: { status: 500, message: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Hệ thống đang khởi động hoặc bảo trì.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** One field-level problem, in the shape API.md gives. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** An expected failure: carries a catalogue code, optional field details and an optional message override. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetail[] = [],
    message?: string,
  ) {
    super(message ?? errorCatalogue[code].message);
    this.status = errorCatalogue[code].status;
  }
}

/** The JSON schema of every error body, shared by all routes' response declarations. */
export const errorResponseSchema = {
  $id: 'ErrorResponse',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: {
          type: 'array',
          items: {
            type: 'object',
            properties: { path: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;
