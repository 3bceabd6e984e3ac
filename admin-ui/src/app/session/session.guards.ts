import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from './roles';
import { Session } from './session';

/** Only a signed-in officer who has already replaced a first-login or reset password. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const user = inject(Session).user();
  const router = inject(Router);
  if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  if (user.mustChangePassword) return router.createUrlTree(['/change-password'], { queryParams: { returnUrl: state.url } });
  return true;
};

/** A signed-in officer, even one who still has to change the password. */
export const identifiedGuard: CanActivateFn = (_route, state) => {
  if (inject(Session).user()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The officer holds one of `roles`; anyone else sees the "not allowed" page. */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return () => inject(Session).hasAnyRole(roles) || inject(Router).createUrlTree(['/forbidden']);
}

/** Someone already signed in has nothing to do on the login page. */
export const signedOutGuard: CanActivateFn = () => {
  const user = inject(Session).user();
  if (!user) return true;
  return inject(Router).createUrlTree([user.mustChangePassword ? '/change-password' : '/']);
};
