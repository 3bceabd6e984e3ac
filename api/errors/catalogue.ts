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
  FORM_FIELD_LOCKED: { status: 403, message: 'Bước xử lý này không được sửa một số trường của biểu mẫu.' },
  OUT_OF_SCOPE: { status: 403, message: 'Đối tượng này nằm ngoài phạm vi cơ quan bạn quản lý.' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Bạn phải đổi mật khẩu trước khi sử dụng hệ thống.' },
  ACCOUNT_LOCKED: { status: 403, message: 'Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau.' },
  ACCOUNT_REVOKED: { status: 403, message: 'Tài khoản đã bị thu hồi.' },
  // 404 — unknown or not visible
  NOT_FOUND: { status: 404, message: 'Không tìm thấy tài nguyên yêu cầu.' },
  AGENCY_NOT_FOUND: { status: 404, message: 'Không tìm thấy cơ quan.' },
  DEPARTMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy phòng chuyên môn.' },
  PROCESS_NOT_FOUND: { status: 404, message: 'Không tìm thấy quy trình.' },
  TASK_NOT_FOUND: { status: 404, message: 'Không tìm thấy công việc, hoặc công việc không thuộc phạm vi của bạn.' },
  DOSSIER_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ.' },
  USER_NOT_FOUND: { status: 404, message: 'Không tìm thấy tài khoản.' },
  PROCEDURE_NOT_FOUND: { status: 404, message: 'Không tìm thấy thủ tục hành chính.' },
  PROCEDURE_VERSION_NOT_FOUND: { status: 404, message: 'Không tìm thấy phiên bản thủ tục hành chính.' },
  HELP_ARTICLE_NOT_FOUND: { status: 404, message: 'Không tìm thấy câu hỏi thường gặp hoặc hướng dẫn.' },
  CATALOGUE_IMPORT_NOT_FOUND: { status: 404, message: 'Không tìm thấy lượt nhập danh mục thủ tục.' },
  NOTICE_KIND_NOT_FOUND: { status: 404, message: 'Không có mẫu phiếu, giấy tờ này.' },
  ATTACHMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy tệp đính kèm.' },
  RESULT_NOT_FOUND: { status: 404, message: 'Hồ sơ chưa có kết quả giải quyết điện tử.' },
  DIGITISED_RESULT_NOT_FOUND: { status: 404, message: 'Không tìm thấy kết quả số hóa.' },
  VERIFICATION_NOT_FOUND: { status: 404, message: 'Không tìm thấy giấy tờ với mã xác thực này. Giấy tờ có thể không do hệ thống phát hành.' },
  // 409 — conflicts and wrong state
  CONFLICT: { status: 409, message: 'Dữ liệu đã bị thay đổi bởi thao tác khác. Vui lòng tải lại và thử lại.' },
  TASK_NOT_OPEN: { status: 409, message: 'Công việc này đã được xử lý hoặc không còn hiệu lực.' },
  TASK_CLAIMED: { status: 409, message: 'Công việc đã được cán bộ khác nhận xử lý.' },
  WRONG_DOSSIER_STATE: { status: 409, message: 'Trạng thái hiện tại của hồ sơ không cho phép thao tác này.' },
  AGENCY_CODE_TAKEN: { status: 409, message: 'Mã định danh cơ quan đã tồn tại.' },
  DEPARTMENT_CODE_TAKEN: { status: 409, message: 'Mã phòng chuyên môn đã tồn tại trong cơ quan này.' },
  SECTOR_CODE_TAKEN: { status: 409, message: 'Mã lĩnh vực đã tồn tại.' },
  LEVEL_CODE_TAKEN: { status: 409, message: 'Mã cấp hành chính đã tồn tại.' },
  USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã tồn tại.' },
  PROCEDURE_CODE_TAKEN: { status: 409, message: 'Mã thủ tục đã có trong danh mục. Hãy tạo phiên bản sửa đổi, bổ sung của thủ tục đó.' },
  PROCEDURE_DRAFT_EXISTS: { status: 409, message: 'Thủ tục đang có một phiên bản dự thảo hoặc đang thẩm định.' },
  PROCEDURE_VERSION_IMMUTABLE: { status: 409, message: 'Phiên bản đã công bố không được sửa. Hãy tạo phiên bản sửa đổi, bổ sung.' },
  PROCEDURE_IN_REVIEW: { status: 409, message: 'Phiên bản đang được thẩm định; chỉ sửa được sau khi được trả lại.' },
  PROCEDURE_NOT_IN_REVIEW: { status: 409, message: 'Phiên bản chưa được gửi thẩm định.' },
  PROCEDURE_NO_OPEN_VERSION: { status: 409, message: 'Thủ tục không có phiên bản dự thảo nào.' },
  PROCEDURE_NOT_PUBLISHED: { status: 409, message: 'Thủ tục chưa được công bố hoặc không còn hiệu lực.' },
  PROCEDURE_ABOLISHED: { status: 409, message: 'Thủ tục đã bị bãi bỏ.' },
  NOTICE_NOT_APPLICABLE: { status: 409, message: 'Phiếu này không áp dụng cho hồ sơ ở trạng thái hiện tại.' },
  RESULT_SIGNING_ORDER: { status: 409, message: 'Kết quả phải được người có thẩm quyền ký số trước, sau đó cơ quan mới ký số (đóng dấu) phát hành.' },
  // 413, 415, 429
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Định dạng nội dung không được hỗ trợ.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.' },
  ATTACHMENT_TOO_LARGE: { status: 413, message: 'Tệp đính kèm vượt quá dung lượng cho phép.' },
  FILE_TYPE_REFUSED: { status: 415, message: 'Định dạng tệp không được chấp nhận. Hệ thống nhận tệp PDF, JPEG, PNG và các định dạng văn phòng do tỉnh cho phép.' },
  // 422 — semantically invalid
  AGENCY_CYCLE: { status: 422, message: 'Không thể đặt cơ quan làm cấp dưới của chính nó hoặc của cơ quan cấp dưới.' },
  UNKNOWN_LEVEL: { status: 422, message: 'Cấp hành chính không tồn tại trong cấu hình.' },
  UNKNOWN_ROLE: { status: 422, message: 'Vai trò không tồn tại.' },
  UNKNOWN_AGENCY: { status: 422, message: 'Mã cơ quan không tồn tại.' },
  UNKNOWN_DEPARTMENT: { status: 422, message: 'Mã phòng chuyên môn không tồn tại trong cơ quan đã chọn.' },
  BPMN_INVALID: { status: 422, message: 'Sơ đồ quy trình BPMN không hợp lệ.' },
  ACTION_NOT_OFFERED: { status: 422, message: 'Thao tác này không được phép ở bước xử lý hiện tại.' },
  ASSIGNEE_NOT_ELIGIBLE: { status: 422, message: 'Cán bộ được phân công không xử lý được bước tiếp theo của hồ sơ.' },
  REASON_REQUIRED: { status: 422, message: 'Thao tác này cần ghi rõ lý do.' },
  FORM_INVALID: { status: 422, message: 'Thông tin kê khai trong hồ sơ chưa hợp lệ.' },
  UNKNOWN_PROCEDURE: { status: 422, message: 'Thủ tục hành chính không tồn tại hoặc chưa được công bố.' },
  AGENCY_NOT_IMPLEMENTING: { status: 422, message: 'Cơ quan đã chọn không thực hiện thủ tục này.' },
  CHANNEL_NOT_OFFERED: { status: 422, message: 'Thủ tục không hỗ trợ hình thức nộp hoặc nhận kết quả đã chọn.' },
  CALENDAR_RULES_INVALID: { status: 422, message: 'Lịch làm việc không hợp lệ.' },
  PASSWORD_REUSED: { status: 422, message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  UNKNOWN_SECTOR: { status: 422, message: 'Mã lĩnh vực không tồn tại.' },
  PROCEDURE_INVALID: { status: 422, message: 'Thông tin thủ tục hành chính không hợp lệ.' },
  PROCEDURE_FORM_INVALID: { status: 422, message: 'Biểu mẫu điện tử của thủ tục không hợp lệ.' },
  PROCEDURE_PUBLICATION_REFUSED: { status: 422, message: 'Chưa thể công bố thủ tục: còn nội dung chưa đáp ứng.' },
  CATALOGUE_FILE_INVALID: { status: 422, message: 'Tệp danh mục thủ tục không đọc được.' },
  // Cổng Dịch vụ công: citizen sign-in, drafts, ratings, feedback, personal data store
  CITIZEN_SIGNIN_FAILED: { status: 401, message: 'Đăng nhập bằng tài khoản định danh điện tử không thành công. Vui lòng thử lại.' },
  CITIZEN_SIGNIN_UNAVAILABLE: { status: 503, message: 'Chức năng đăng nhập bằng tài khoản định danh điện tử chưa sẵn sàng. Vui lòng thử lại sau.' },
  DRAFT_NOT_FOUND: { status: 404, message: 'Không tìm thấy hồ sơ lưu nháp.' },
  DRAFT_LIMIT_REACHED: { status: 409, message: 'Bạn đã lưu quá nhiều hồ sơ nháp. Hãy xóa bớt bản nháp không còn dùng.' },
  RATING_NOT_OPEN: { status: 409, message: 'Chỉ đánh giá được hồ sơ đã có kết quả giải quyết.' },
  ALREADY_RATED: { status: 409, message: 'Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.' },
  RATING_INVALID: { status: 422, message: 'Phiếu đánh giá chưa hợp lệ.' },
  FEEDBACK_NOT_FOUND: { status: 404, message: 'Không tìm thấy phản ánh, kiến nghị hoặc câu hỏi.' },
  FEEDBACK_ALREADY_ANSWERED: { status: 409, message: 'Phản ánh, kiến nghị hoặc câu hỏi này đã được trả lời.' },
  FEEDBACK_NOT_ANSWERED: { status: 409, message: 'Phản ánh, kiến nghị hoặc câu hỏi này chưa được trả lời nên chưa thể công khai.' },
  DOCUMENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy giấy tờ trong kho dữ liệu của bạn.' },
  DOCUMENT_NOT_REUSABLE: { status: 422, message: 'Giấy tờ này không kèm tệp để dùng lại. Vui lòng tải tệp lên.' },
  // Khảo sát mức độ hài lòng theo đợt
  SURVEY_NOT_FOUND: { status: 404, message: 'Không tìm thấy đợt khảo sát.' },
  SURVEY_NOT_OPEN: { status: 409, message: 'Đợt khảo sát chưa bắt đầu hoặc đã kết thúc.' },
  SURVEY_ALREADY_ANSWERED: { status: 409, message: 'Bạn đã tham gia đợt khảo sát này. Mỗi người chỉ trả lời một lần.' },
  SURVEY_ALREADY_CLOSED: { status: 409, message: 'Đợt khảo sát đã kết thúc.' },
  SURVEY_INVALID: { status: 422, message: 'Thông tin đợt khảo sát chưa hợp lệ.' },
  SURVEY_RESPONSE_INVALID: { status: 422, message: 'Phiếu khảo sát chưa hợp lệ.' },
  // Giấy tờ: notices, attachments, signatures, digitised results (422)
  NOTICE_TEMPLATE_INVALID: { status: 422, message: 'Mẫu phiếu không hợp lệ.' },
  ATTACHMENT_INVALID: { status: 422, message: 'Tệp đính kèm không hợp lệ.' },
  UNKNOWN_COMPONENT: { status: 422, message: 'Thành phần hồ sơ không có trong thủ tục này.' },
  SIGNATURE_INVALID: { status: 422, message: 'Chữ ký số trên tệp không hợp lệ hoặc tệp đã bị sửa đổi sau khi ký.' },
  DIGITISED_RESULT_INCOMPLETE: { status: 422, message: 'Kết quả số hóa còn thiếu thông tin bắt buộc.' },
  PAPER_COPY_UNSUPPORTED: { status: 422, message: 'Chỉ chuyển được tệp PDF, JPEG hoặc PNG sang bản giấy.' },
  // 500 — our fault, never the caller's
  INTERNAL: { status: 500, message: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Hệ thống đang khởi động hoặc bảo trì.' },
  PDF_RENDER_FAILED: { status: 503, message: 'Chưa tạo được tệp PDF. Vui lòng thử lại sau ít phút.' },
  STORED_FILE_CORRUPTED: { status: 500, message: 'Tệp lưu trữ không khớp mã kiểm tra. Sự cố đã được ghi nhận.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** One field-level problem, in the shape API.md gives. */
export interface ErrorDetail {
  /** A JSON pointer into the request, or the id of the BPMN element a finding is about. */
  path: string;
  message: string;
  /** The finding's own stable code, where one detail kind differs from another (BPMN lint). */
  code?: string;
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
            properties: { path: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;
