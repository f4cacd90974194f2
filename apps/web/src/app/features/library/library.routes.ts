import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from './unsaved-changes.guard';

const APP = 'Trust Repair Practice';

/** The practice's own exercises, mounted at `library` behind the counselor role: the list, and the builder. */
export const LIBRARY_ROUTES: Routes = [
  {
    path: '',
    title: `Exercise library · ${APP}`,
    loadComponent: () => import('./pages/library-page/library-page').then((m) => m.LibraryPage),
  },
  {
    path: 'new',
    title: `New exercise · ${APP}`,
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./pages/builder-page/builder-page').then((m) => m.BuilderPage),
  },
  {
    path: ':key',
    title: `Edit exercise · ${APP}`,
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./pages/builder-page/builder-page').then((m) => m.BuilderPage),
  },
];
