import { withInterceptors } from '@angular/common/http';
import { ApplicationConfig } from '@angular/core';
import { commonProviders } from './app.providers';
import { appRoutes } from './app.routes';
import { lazyInterceptors } from './core/http/lazy-interceptors';

/**
 * The whole app (staff pages and, lazily, the partner portal): only what every page needs. The staff session
 * (who is signed in, the idle watch) starts with the staff routes (`core/shell/staff.routes.ts`). Partners' phones
 * get the portal's own build instead (`portal-main.ts`), which has no staff code at all.
 */
export const appConfig: ApplicationConfig = {
  // Only staff pages use HttpClient (the portal's client sits on HttpBackend): its interceptors come with the
  // staff routes' chunk, already loaded by the time a staff page makes a request.
  providers: commonProviders(appRoutes, withInterceptors([lazyInterceptors(() => import('./core/shell/staff.routes').then((m) => m.STAFF_INTERCEPTORS))])),
};
