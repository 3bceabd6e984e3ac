import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { apiErrorInterceptor } from './api/api-error.interceptor';
import { serverTimeInterceptor } from './api/server-clock';
import { routes } from './app.routes';
import { Session } from './session/session';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withInterceptors([apiErrorInterceptor, serverTimeInterceptor])),
    // The session cookie is httpOnly: ask the server who we are before the first route resolves.
    provideAppInitializer(() => inject(Session).restore()),
  ],
};
