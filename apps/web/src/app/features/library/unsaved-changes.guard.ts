import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import type { Observable } from 'rxjs';
import { confirm } from '../../core/dialog/confirm-dialog';

/** A page that may hold work not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

export const LEAVE_UNSAVED = {
  title: $localize`:@@library.unsaved.title:Leave without saving?`,
  message: $localize`:@@library.unsaved.message:Your changes to this exercise are not saved. If you leave now, they are lost.`,
  confirmLabel: $localize`:@@library.unsaved.confirm:Leave without saving`,
  cancelLabel: $localize`:@@library.unsaved.cancel:Keep editing`,
  destructive: true,
} as const;

/** Leaving a page with unsaved work asks first (closing the tab or reloading asks through `beforeunload`). */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component): Observable<boolean> | boolean =>
  component?.hasUnsavedChanges() ? confirm(inject(MatDialog), LEAVE_UNSAVED) : true;
