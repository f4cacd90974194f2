import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/** The confirm step before submitting: what happens next, in plain words. */
@Component({
  selector: 'app-submit-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Submit your answers?</h2>
    <mat-dialog-content>
      <p>Your counselor will be able to read them. After you submit, you can't change them unless your counselor reopens the exercise.</p>
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-button type="button" [mat-dialog-close]="false">Not yet</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>Submit</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitDialog {}
