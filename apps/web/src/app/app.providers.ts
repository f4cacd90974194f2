import { APP_BASE_HREF } from '@angular/common';
import { HttpFeature, HttpFeatureKind, provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, Provider, provideBrowserGlobalErrorListeners } from '@angular/core';
import { Routes, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';

/**
 * What both entry points provide: the whole app (`main.ts`, `app.config.ts`) and the partner portal on its own
 * (`portal-main.ts`, `features/portal/portal.config.ts`).
 */
export function commonProviders(routes: Routes, ...http: HttpFeature<HttpFeatureKind>[]): (Provider | EnvironmentProviders)[] {
  return [
    provideBrowserGlobalErrorListeners(),
    // No <base> element: the CSP forbids it (base-uri 'none'); the app always lives at the root.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // Angular's XSRF defaults (cookie XSRF-TOKEN → header X-XSRF-TOKEN) are the API's convention.
    provideHttpClient(withFetch(), ...http),
  ];
}
