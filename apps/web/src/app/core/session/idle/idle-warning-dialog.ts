import { ChangeDetectionStrategy, Component, DestroyRef, inject, Injector, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';

export interface IdleWarningData {
  /** Epoch milliseconds at which the session will be ended. */
  readonly signOutAt: number;
}

export type IdleWarningChoice = 'stay' | 'sign-out';

/** "You'll be signed out in 60 s": a last chance to keep the session. */
@Component({
  selector: 'app-idle-warning-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title i18n="@@core.idle.title">Still there?</h2>
    <mat-dialog-content>
      <p i18n="@@core.idle.body">You'll be signed out in {{ seconds() // i18n(ph="seconds") }} s for your privacy. Stay signed in?</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="'sign-out'" i18n="@@core.idle.signOut">Sign out</button>
      <button mat-flat-button type="button" [mat-dialog-close]="'stay'" cdkFocusInitial i18n="@@core.idle.stay">Stay signed in</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarningDialog {
  private readonly data = inject<IdleWarningData>(MAT_DIALOG_DATA);
  protected readonly seconds = signal(this.remaining());

  constructor() {
    const timer = setInterval(() => this.seconds.set(this.remaining()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  private remaining(): number {
    return Math.max(0, Math.ceil((this.data.signOutAt - Date.now()) / 1000));
  }
}

/** Opens the warning (this module loads when it is needed: the idle watch itself carries no dialog code). */
export function openIdleWarning(injector: Injector, signOutAt: number): MatDialogRef<IdleWarningDialog, IdleWarningChoice> {
  return injector.get(MatDialog).open<IdleWarningDialog, IdleWarningData, IdleWarningChoice>(IdleWarningDialog, {
    data: { signOutAt },
    disableClose: true,
    role: 'alertdialog',
    width: '420px',
    maxWidth: 'calc(100vw - 32px)',
  });
}
