import { HttpErrorResponse } from '@angular/common/http';
// Not the '@forms' barrel: that would bring ajv and the whole e-form layer into every page's first
// download, while only the pages with a form need them (they load it lazily).
import { ApiError } from '@forms/api-error';

export { ApiError, type FieldProblem } from '@forms/api-error';

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
