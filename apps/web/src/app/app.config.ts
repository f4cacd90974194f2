import { APP_BASE_HREF } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { appRoutes } from './app.routes';
import { lazyInterceptors } from './core/http/lazy-interceptors';

/**
 * What every page needs, and nothing of the staff app: the partner portal loads only this and its own branch.
 * The staff session (who is signed in, the idle watch) starts with the staff routes (`core/shell/staff.routes.ts`).
 */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // No <base> element: the CSP forbids it (base-uri 'none'); the app always lives at the root.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // Angular's XSRF defaults (cookie XSRF-TOKEN → header X-XSRF-TOKEN) are the API's convention. Only staff
    // pages use HttpClient (the portal's client sits on HttpBackend): its interceptors come with the staff
    // routes' chunk, already loaded by the time a staff page makes a request.
    provideHttpClient(
      withFetch(),
      withInterceptors([lazyInterceptors(() => import('./core/shell/staff.routes').then((m) => m.STAFF_INTERCEPTORS))]),
    ),
  ],
};
