import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { Session } from '../session/session';
import { apiErrorOf } from './api-error';

/** Calls whose 401 means "wrong password" or "nobody signed in yet", not "your session expired". */
const SESSION_CALLS = ['/api/auth/login', '/api/auth/me', '/api/auth/logout'];

/** Codes that mean the session itself is gone; INVALID_CREDENTIALS (a wrong password) is not one. */
const SESSION_REFUSED = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'ACCOUNT_REVOKED', 'HTTP_401'];

/**
 * Turns every failed API call into an ApiError with a Vietnamese message. An expired or revoked
 * session returns to the login page, which brings the officer back to the same screen afterwards;
 * a pending first-login password change sends them to that form.
 */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(Session);
  const router = inject(Router);
  return next(request).pipe(
    catchError((failure: unknown) => {
      if (!(failure instanceof HttpErrorResponse)) return throwError(() => failure);
      const error = apiErrorOf(failure);
      const path = new URL(request.url, location.origin).pathname;
      const sessionRefused = SESSION_REFUSED.includes(error.code);
      if (sessionRefused && !SESSION_CALLS.includes(path) && session.user()) {
        session.expire();
        const returnUrl = router.url.startsWith('/login') ? '/' : router.url;
        void router.navigate(['/login'], { queryParams: { returnUrl, reason: 'expired' } });
      } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
        void router.navigate(['/change-password'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
