import { inject, provideEnvironmentInitializer } from '@angular/core';
import { Route } from '@angular/router';
import { NotFoundPage } from '../not-found/not-found-page';
import { IdleWatch } from '../session/idle/idle-watch';
import { hasRole, signedIn } from '../session/session.guards';
import { SessionStore } from '../session/session.store';
import { AppShell } from './app-shell';

/** The staff HttpClient's interceptors come with this chunk (`app.config.ts` loads them from here). */
export { STAFF_INTERCEPTORS } from '../http/staff-interceptors';

/**
 * The staff app, a lazy branch of `app.routes.ts`: its pages live inside the shell; each feature is a lazy chunk.
 *
 * Access: `/`, `couples/*` and `assignments/*` (the caseload), `exercises` and `library/*` need the counselor role
 * (only-admins start at the accounts page); `admin/*` admins; sign-in, invitations and the own-account
 * pages decide in `auth.routes.ts`.
 */
export const STAFF_ROUTES: Route[] = [
  {
    path: '',
    component: AppShell,
    providers: [
      // As the staff branch loads: ask who is signed in (guards wait for the answer) and watch for idleness.
      provideEnvironmentInitializer(() => {
        void inject(SessionStore).ensureLoaded();
        inject(IdleWatch).start();
      }),
    ],
    children: [
      {
        // The counselor's workspace: home (dashboard) at `/`, couples, reviews. Someone who is only an
        // admin is sent on to their start page (the accounts page) by `hasRole`.
        path: '',
        canActivate: [signedIn, hasRole('counselor')],
        loadChildren: () => import('../../features/caseload/caseload.routes').then((m) => m.CASELOAD_ROUTES),
      },
      {
        path: 'exercises',
        title: $localize`:@@core.title.exercises:Exercises · Trust Repair Practice`,
        canActivate: [signedIn, hasRole('counselor')],
        loadChildren: () => import('../../features/exercise-preview/exercise-preview.routes').then((m) => m.EXERCISE_PREVIEW_ROUTES),
      },
      {
        // The practice's own exercises and their builder (`features/library`).
        path: 'library',
        canActivate: [signedIn, hasRole('counselor')],
        loadChildren: () => import('../../features/library/library.routes').then((m) => m.LIBRARY_ROUTES),
      },
      {
        path: 'admin',
        canActivate: [signedIn, hasRole('admin')],
        loadChildren: () => import('../../features/admin/admin.routes').then((m) => m.adminRoutes),
      },
      { path: '', loadChildren: () => import('../../features/auth/auth.routes').then((m) => m.authRoutes) },
      { path: '**', title: $localize`:@@core.title.notFound:Page not found · Trust Repair Practice`, component: NotFoundPage },
    ],
  },
];
