import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { Session } from '../session/session';
import { navigationFor } from './navigation';

/** The start screen is the first area of the officer's menu. */
export const homeRedirect: CanActivateFn = () => {
  const first = navigationFor(inject(Session).roles())[0]?.items[0];
  return inject(Router).createUrlTree([first?.path ?? '/no-area']);
};
