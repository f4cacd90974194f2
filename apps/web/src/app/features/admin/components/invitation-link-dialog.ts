import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { CreatedInvitation } from '@trp/contracts';
import { InvitationLink } from './invitation-link';

/** A re-sent invitation: the new link (the old one no longer works). */
@Component({
  selector: 'app-invitation-link-dialog',
  imports: [MatDialogModule, MatButtonModule, InvitationLink],
  template: `
    <h2 mat-dialog-title i18n="@@admin.linkDialog.newInvitationLink">New invitation link</h2>
    <mat-dialog-content>
      <p i18n="@@admin.linkDialog.theEarlierLinkFor">The earlier link for {{ invitation.email }} no longer works.</p>
      <app-invitation-link [invitation]="invitation" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@admin.linkDialog.done">Done</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationLinkDialog {
  protected readonly invitation = inject<CreatedInvitation>(MAT_DIALOG_DATA);
}
