import type { ComponentType } from '@angular/cdk/portal';
import type { Injector } from '@angular/core';
import type { MatDialogConfig } from '@angular/material/dialog';
import { Observable, from, switchMap } from 'rxjs';

/**
 * Opens a dialog whose component, and the dialog machinery itself, load when it is opened: a page that only
 * offers the dialog (a button) downloads neither its form nor MatDialog. Emits what the dialog closed with, as
 * `afterClosed()` does. `injector`: the caller's (MatDialog is a root service, found from any injector).
 */
export function openLazyDialog<C, D, R>(injector: Injector, load: () => Promise<ComponentType<C>>, config: MatDialogConfig<D>): Observable<R | undefined> {
  return from(Promise.all([import('@angular/material/dialog'), load()])).pipe(
    switchMap(([{ MatDialog }, component]) => injector.get(MatDialog).open<C, D, R>(component, config).afterClosed()),
  );
}
