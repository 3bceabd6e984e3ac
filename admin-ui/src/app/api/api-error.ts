import { HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@forms';

export { ApiError, type FieldProblem } from '@forms';

/** An officer whose session expired signs in again. */
const SIGN_IN_AGAIN = 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.';

/** An HTTP failure as an ApiError, in this app's words for a missing sign-in. */
export function apiErrorOf(response: HttpErrorResponse): ApiError {
  return ApiError.fromResponse(response.status, response.error, SIGN_IN_AGAIN);
}

/** Narrows anything a subscription's error callback receives to an ApiError. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) return apiErrorOf(error);
  return ApiError.unexpected(error);
}
