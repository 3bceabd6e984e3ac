/**
 * How both web apps read an API failure. It lives beside the e-form layer because a failure's
 * field problems are shown next to the form's fields (a JSON pointer into the request body), and
 * because both apps already share this package; it depends on no framework.
 */

/** One field-level problem, as the API reports it: a JSON pointer into the request body. */
export interface FieldProblem {
  path: string;
  message: string;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
  400: 'Dữ liệu gửi lên không hợp lệ.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  409: 'Dữ liệu đã bị thay đổi bởi thao tác khác. Vui lòng tải lại và thử lại.',
  413: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  415: 'Định dạng tệp không được chấp nhận.',
  422: 'Dữ liệu chưa hợp lệ. Vui lòng kiểm tra lại.',
  429: 'Bạn thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.',
  503: 'Hệ thống đang bảo trì. Vui lòng thử lại sau.',
};

const SERVER_FAULT = 'Hệ thống gặp sự cố. Vui lòng thử lại sau.';

/**
 * An API failure in the shape API.md fixes: `{error: {code, message, details?}}`. The message is
 * already Vietnamese; a response without that shape (a proxy, a dropped connection) gets one
 * chosen by its HTTP status, so that a page always has something to show.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * From a response's status and parsed body. `signInAgain` is the app's own words for a 401
   * without a message: officers' sessions expire, citizens sign in with their national identity.
   */
  static fromResponse(status: number, responseBody: unknown, signInAgain: string): ApiError {
    const body = responseBody as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null;
    const error = body && typeof body === 'object' ? body.error : undefined;
    const fallback = status === 401 ? signInAgain : FALLBACK_MESSAGES[status];
    const message = typeof error?.message === 'string' && error.message
      ? error.message
      : fallback ?? (status >= 500 ? SERVER_FAULT : `Lỗi không xác định (mã ${status}).`);
    const code = typeof error?.code === 'string' ? error.code : status === 0 ? 'NETWORK' : `HTTP_${status}`;
    const details = Array.isArray(error?.details)
      ? (error.details as FieldProblem[]).filter((d) => typeof d?.path === 'string' && typeof d?.message === 'string')
      : [];
    return new ApiError(status, code, message, details);
  }

  /** Anything else a call can fail with (a bug in the page, say), with a message to show. */
  static unexpected(error: unknown): ApiError {
    return new ApiError(0, 'CLIENT', error instanceof Error ? error.message : SERVER_FAULT);
  }

  /** Details whose path starts with `/field` (or `/field/...`), keyed by that first segment. */
  byField(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const { path, message } of this.details) {
      const field = path.split('/')[1] ?? '';
      map.set(field, [...(map.get(field) ?? []), message]);
    }
    return map;
  }
}
