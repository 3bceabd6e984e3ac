import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { apiErrorInterceptor } from './api/api-error.interceptor';
import { routes } from './app.routes';
import { CitizenSession } from './session/citizen-session';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' })),
    // XHR rather than fetch: uploads report their progress only through XMLHttpRequest.
    provideHttpClient(withInterceptors([apiErrorInterceptor])),
    // The session cookie is httpOnly: ask who is signed in, without holding the first page back.
    provideAppInitializer(() => {
      void inject(CitizenSession).restore();
    }),
  ],
};
