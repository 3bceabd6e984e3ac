import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { CitizenSession } from './citizen-session';

/** Pages of a signed-in citizen: others are sent to the sign-in page and come back afterwards. */
export const citizenGuard: CanActivateFn = async (_route, state) => {
  const session = inject(CitizenSession);
  const router = inject(Router);
  if (await session.restore()) return true;
  return router.createUrlTree(['/dang-nhap'], { queryParams: { returnTo: state.url } });
};
