import type { Routes } from '@angular/router';

/** Staff preview of the exercises as clients see them (mounted at `exercises`). */
export const EXERCISE_PREVIEW_ROUTES: Routes = [
  {
    path: '',
    title: `${$localize`:@@exercise-preview.page.title:Exercise preview`} · Trust Repair Practice`,
    loadComponent: () =>
      import('./pages/exercise-preview-page').then((m) => m.ExercisePreviewPage),
  },
];
