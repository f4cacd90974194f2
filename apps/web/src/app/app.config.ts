import { APP_BASE_HREF, DOCUMENT } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { httpErrorInterceptor } from './core/http/http-error.interceptor';
import { activityInterceptor } from './core/session/idle/activity.interceptor';
import { IdleWatch } from './core/session/idle/idle-watch';
import { sessionInterceptor } from './core/session/session.interceptor';
import { SessionStore } from './core/session/session.store';

function isPortalPath(path: string): boolean {
  return /^\/(i|portal)(\/|$)/.test(path);
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // No <base> element: the CSP forbids it (base-uri 'none'); the app always lives at the root.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // Angular's XSRF defaults (cookie XSRF-TOKEN → header X-XSRF-TOKEN) are the API's convention.
    provideHttpClient(withFetch(), withInterceptors([activityInterceptor, sessionInterceptor, httpErrorInterceptor])),
    // Staff pages: ask who is signed in right away (guards wait for the answer) and watch for idleness.
    // The partner portal has no staff session, so it asks nothing.
    provideAppInitializer(() => {
      if (isPortalPath(inject(DOCUMENT).location.pathname)) return;
      void inject(SessionStore).ensureLoaded();
      inject(IdleWatch).start();
    }),
  ],
};
