import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from './unsaved-changes.guard';

const APP = $localize`:@@library.title.app:Trust Repair Practice`;

/** The practice's own exercises, mounted at `library` behind the counselor role: the list, and the builder. */
export const LIBRARY_ROUTES: Routes = [
  {
    path: '',
    title: $localize`:@@library.title.list:Exercise library · ${APP}:app:`,
    loadComponent: () => import('./pages/library-page/library-page').then((m) => m.LibraryPage),
  },
  {
    path: 'new',
    title: $localize`:@@library.title.new:New exercise · ${APP}:app:`,
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./pages/builder-page/builder-page').then((m) => m.BuilderPage),
  },
  {
    path: ':key',
    title: $localize`:@@library.title.edit:Edit exercise · ${APP}:app:`,
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./pages/builder-page/builder-page').then((m) => m.BuilderPage),
  },
];
