import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { CitizenSession } from '../session/citizen-session';
import { apiErrorOf } from './api-error';

/** Codes that mean the citizen's session is gone. */
const SESSION_REFUSED = ['UNAUTHENTICATED', 'TOKEN_INVALID'];

/**
 * Turns every failed API call into an ApiError with a Vietnamese message; an expired session
 * forgets the citizen, so the page offers to sign in again instead of failing silently.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(CitizenSession);
  return next(request).pipe(
    catchError((failure: unknown) => {
      if (!(failure instanceof HttpErrorResponse)) return throwError(() => failure);
      const error = apiErrorOf(failure);
      if (SESSION_REFUSED.includes(error.code) && request.url.startsWith('/api/citizen/') && session.citizen()) session.expire();
      return throwError(() => error);
    }),
  );
};
