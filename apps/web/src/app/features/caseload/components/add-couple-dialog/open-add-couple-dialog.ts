import type { Injector } from '@angular/core';
import type { CoupleView } from '@trp/contracts';
import { Observable } from 'rxjs';
import { openLazyDialog } from '../../../../core/dialog/lazy-dialog';
import type { AddCoupleDialog } from './add-couple-dialog';

/** "Add a couple", loaded when opened (its form stays out of the dashboard's and the couples page's chunks). */
export function openAddCoupleDialog(injector: Injector): Observable<CoupleView | undefined> {
  return openLazyDialog<AddCoupleDialog, void, CoupleView>(injector, () => import('./add-couple-dialog').then((m) => m.AddCoupleDialog), {
    width: '640px',
    maxWidth: 'calc(100vw - 16px)',
    autoFocus: 'first-tabbable',
  });
}
