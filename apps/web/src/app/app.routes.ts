import { Route } from '@angular/router';
import { AppShell } from './core/shell/app-shell';
import { NotFoundPage } from './core/not-found/not-found-page';
import { hasRole, signedIn } from './core/session/session.guards';

/**
 * Staff pages live inside the shell; each feature is a lazy chunk. The partner portal (added by its
 * feature) is a separate top-level branch so it never loads the staff code.
 *
 * Access: `/`, `couples/*` and `assignments/*` (the caseload) and `exercises` need the counselor role
 * (only-admins start at the accounts page); `admin/*` admins; sign-in, invitations and the own-account
 * pages decide in `auth.routes.ts`.
 */
export const appRoutes: Route[] = [
  // The partner portal: its own lazy branch and layout, outside the staff shell (never loads staff code).
  { path: 'i', loadChildren: () => import('./features/portal/portal.routes').then((m) => m.PORTAL_LINK_ROUTES) },
  { path: 'portal', loadChildren: () => import('./features/portal/portal.routes').then((m) => m.PORTAL_ROUTES) },
  {
    path: '',
    component: AppShell,
    children: [
      {
        // The counselor's workspace: home (dashboard) at `/`, couples, reviews. Someone who is only an
        // admin is sent on to their start page (the accounts page) by `hasRole`.
        path: '',
        canActivate: [signedIn, hasRole('counselor')],
        loadChildren: () => import('./features/caseload/caseload.routes').then((m) => m.CASELOAD_ROUTES),
      },
      {
        path: 'exercises',
        title: 'Exercises · Trust Repair Practice',
        canActivate: [signedIn, hasRole('counselor')],
        loadChildren: () => import('./features/exercise-preview/exercise-preview.routes').then((m) => m.EXERCISE_PREVIEW_ROUTES),
      },
      {
        path: 'admin',
        canActivate: [signedIn, hasRole('admin')],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
      { path: '', loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes) },
      { path: '**', title: 'Page not found · Trust Repair Practice', component: NotFoundPage },
    ],
  },
];
