import type { Injector } from '@angular/core';
import type { Observable } from 'rxjs';
import { openLazyDialog } from '../../../core/dialog/lazy-dialog';
import type { PinDialog, PinDialogData, PinDialogResult } from './pin-dialog';

/** The PIN dialog, loaded when opened (it stays out of the portal's first download). */
export function openPinDialog(injector: Injector, data: PinDialogData): Observable<PinDialogResult | undefined> {
  return openLazyDialog<PinDialog, PinDialogData, PinDialogResult>(injector, () => import('./pin-dialog').then((m) => m.PinDialog), {
    data,
    width: '440px',
    maxWidth: 'calc(100vw - 16px)',
    autoFocus: 'first-tabbable',
  });
}
