import type { Injector } from '@angular/core';
import type { CoupleView } from '@trp/contracts';
import type { Observable } from 'rxjs';
import { openLazyDialog } from '../../../../core/dialog/lazy-dialog';
import type { ErasePartnerData, ErasePartnerDialog } from './erase-partner-dialog';

/** Erasing one partner's data, loaded when opened. Emits the updated couple, or undefined when cancelled. */
export function openErasePartnerDialog(injector: Injector, data: ErasePartnerData): Observable<CoupleView | undefined> {
  return openLazyDialog<ErasePartnerDialog, ErasePartnerData, CoupleView>(
    injector,
    () => import('./erase-partner-dialog').then((m) => m.ErasePartnerDialog),
    { data, width: '560px', maxWidth: 'calc(100vw - 16px)', autoFocus: 'first-tabbable', role: 'alertdialog' },
  );
}
