import { Route } from '@angular/router';
import { AppShell } from './core/shell/app-shell';
import { NotFoundPage } from './core/not-found/not-found-page';

/**
 * Staff pages live inside the shell; each feature is a lazy chunk. The partner portal (added by its
 * feature) is a separate top-level branch so it never loads the staff code.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    component: AppShell,
    children: [
      { path: '', pathMatch: 'full', title: 'Trust Repair Practice', loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage) },
      { path: 'exercises', title: 'Exercises · Trust Repair Practice', loadChildren: () => import('./features/exercise-preview/exercise-preview.routes').then((m) => m.EXERCISE_PREVIEW_ROUTES) },
      { path: '**', title: 'Page not found · Trust Repair Practice', component: NotFoundPage },
    ],
  },
];
