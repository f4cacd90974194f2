import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { AppDatePipe } from '@trp/web-ui/date';
import { CreatedInvitation } from '@trp/contracts';

/** A fresh invitation link to pass on, with a copy button and its expiry. It is shown only once. */
@Component({
  selector: 'app-invitation-link',
  imports: [ClipboardModule, AppDatePipe, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule],
  template: `
    <p i18n="@@admin.link.sendThisLinkTo">
      Send this link to <strong>{{ invitation().email }}</strong> yourself, by email or message. It works once, until
      <strong>{{ invitation().expiresAt | appDate: 'dateTime' }}</strong>, and it will not be shown again.
    </p>
    <mat-form-field appearance="outline" class="link-field" subscriptSizing="dynamic">
      <mat-label i18n="@@admin.link.invitationLink">Invitation link</mat-label>
      <input matInput [value]="invitation().inviteUrl" readonly (focus)="select($event)" />
    </mat-form-field>
    <div class="copy-row">
      <button mat-flat-button type="button" [cdkCopyToClipboard]="invitation().inviteUrl" (cdkCopyToClipboardCopied)="copied.set($event)">
        <mat-icon fontSet="material-symbols-outlined">content_copy</mat-icon>
        <ng-container i18n="@@admin.link.copyLink">Copy link</ng-container>
      </button>
      <span class="copied" role="status">
        @if (copied() === true) {
          <ng-container i18n="@@admin.link.copied">Link copied.</ng-container>
        } @else if (copied() === false) {
          <ng-container i18n="@@admin.link.copyFailed">Could not copy. Select the link and copy it yourself.</ng-container>
        }
      </span>
    </div>
  `,
  styles: `
    .link-field {
      width: 100%;
    }
    .copy-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 12px;
    }
    .copied {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationLink {
  readonly invitation = input.required<CreatedInvitation>();
  protected readonly copied = signal<boolean | null>(null);

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
