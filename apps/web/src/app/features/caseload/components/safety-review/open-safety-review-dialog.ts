import type { Injector } from '@angular/core';
import type { AssignmentView } from '@trp/contracts';
import type { Observable } from 'rxjs';
import { openLazyDialog } from '../../../../core/dialog/lazy-dialog';
import type { SafetyReviewData, SafetyReviewDialog } from './safety-review-dialog';

/** Acknowledging a safety concern, loaded when opened. Emits the updated assignment, or undefined when cancelled. */
export function openSafetyReviewDialog(injector: Injector, data: SafetyReviewData): Observable<AssignmentView | undefined> {
  return openLazyDialog<SafetyReviewDialog, SafetyReviewData, AssignmentView>(
    injector,
    () => import('./safety-review-dialog').then((m) => m.SafetyReviewDialog),
    { data, width: '560px', maxWidth: 'calc(100vw - 16px)', autoFocus: 'first-tabbable' },
  );
}
