import type { Injector } from '@angular/core';
import type { CoupleView } from '@trp/contracts';
import { Observable } from 'rxjs';
import { openLazyDialog } from '../../../../core/dialog/lazy-dialog';
import type { EditCoupleDialog } from './edit-couple-dialog';

/** Editing a couple, loaded when opened. */
export function openEditCoupleDialog(injector: Injector, couple: CoupleView): Observable<CoupleView | undefined> {
  return openLazyDialog<EditCoupleDialog, CoupleView, CoupleView>(injector, () => import('./edit-couple-dialog').then((m) => m.EditCoupleDialog), {
    data: couple,
    width: '640px',
    maxWidth: 'calc(100vw - 16px)',
    autoFocus: 'first-tabbable',
  });
}
