import { Route } from '@angular/router';

/**
 * Two lazy branches: the partner portal (its own layout, never loads staff code) and the staff app (the shell
 * with toolbar and navigation, its session and guards, each feature a lazy chunk below it).
 */
export const appRoutes: Route[] = [
  { path: 'i', loadChildren: () => import('./features/portal/portal.routes').then((m) => m.PORTAL_LINK_ROUTES) },
  { path: 'portal', loadChildren: () => import('./features/portal/portal.routes').then((m) => m.PORTAL_ROUTES) },
  { path: '', loadChildren: () => import('./core/shell/staff.routes').then((m) => m.STAFF_ROUTES) },
];
