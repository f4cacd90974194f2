import type { Injector } from '@angular/core';
import type { AssignmentView } from '@trp/contracts';
import { Observable } from 'rxjs';
import { openLazyDialog } from '../../../../core/dialog/lazy-dialog';
import type { AssignExerciseData, AssignExerciseDialog } from './assign-exercise-dialog';

/** Assigning an exercise, loaded when opened (the exercise previews and the form stay out of the couple page). */
export function openAssignExerciseDialog(injector: Injector, data: AssignExerciseData): Observable<AssignmentView | undefined> {
  return openLazyDialog<AssignExerciseDialog, AssignExerciseData, AssignmentView>(
    injector,
    () => import('./assign-exercise-dialog').then((m) => m.AssignExerciseDialog),
    { data, width: '720px', maxWidth: 'calc(100vw - 16px)', autoFocus: 'first-tabbable' },
  );
}
