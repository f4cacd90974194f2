import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { VisibilityNotice } from '../domain/visibility-notice';

/** The confirm step before submitting: who will read the answers and when, and what happens next, in plain words. */
@Component({
  selector: 'app-submit-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title i18n="@@portal.submit-dialog.title">Submit your answers?</h2>
    <mat-dialog-content>
      <p class="submit-readers">{{ notice.readers }}</p>
      <p>{{ notice.counselorOnly }}</p>
      <p i18n="@@portal.submit-dialog.after">After you submit, you can't change your answers unless your counselor reopens the exercise.</p>
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-button type="button" [mat-dialog-close]="false" i18n="@@portal.submit-dialog.not-yet">Not yet</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial i18n="@@portal.submit-dialog.submit">Submit</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitDialog {
  protected readonly notice = inject<VisibilityNotice>(MAT_DIALOG_DATA);
}
