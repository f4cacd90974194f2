import { DOCUMENT } from '@angular/common';
import { ApplicationConfig, inject, provideAppInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { commonProviders } from '../../app.providers';
import { PortalSessionStore } from './data/portal-session.store';
import { PORTAL_LINK_ROUTES, PORTAL_ROUTES } from './portal.routes';

/** The routes of the portal's own build: the same pages as in the whole app, loaded with it (no chain of chunks). */
export const PORTAL_APP_ROUTES: Routes = [
  { path: 'i', children: PORTAL_LINK_ROUTES },
  { path: 'portal', children: PORTAL_ROUTES },
  { path: '**', redirectTo: 'portal' },
];

/** The portal's own build (`portal-main.ts`): no staff interceptors, session or shell. */
export const portalConfig: ApplicationConfig = {
  providers: [
    ...commonProviders(PORTAL_APP_ROUTES),
    // On /portal/…, ask who the partner is while the router starts, not once the layout is drawn: the first real
    // page waits for this answer (the layout's own load() shares the request). Not on /i/…: the link page
    // exchanges the token first.
    provideAppInitializer(() => {
      if (/^\/portal(\/|$)/.test(inject(DOCUMENT).location.pathname)) void inject(PortalSessionStore).load();
    }),
  ],
};
