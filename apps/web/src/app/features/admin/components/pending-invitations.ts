import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { AppDatePipe } from '@trp/web-ui/date';
import { Invitation } from '@trp/contracts';
import { rolesText } from './role-labels';

/** Invitations not yet accepted, each with Resend and Withdraw. */
@Component({
  selector: 'app-pending-invitations',
  imports: [AppDatePipe, MatButtonModule, MatIconModule],
  template: `
    <ul class="invitations">
      @for (invitation of invitations(); track invitation.id) {
        <li class="invitation">
          <div class="who">
            <span class="email">{{ invitation.email }}</span>
            <span class="meta">
              <ng-container i18n="@@admin.pending.meta">{{ rolesText(invitation.roles) // i18n(ph="roles") }} · expires {{ invitation.expiresAt | appDate // i18n(ph="date") }}</ng-container>
              @if (invitation.invitedBy; as by) {
                <ng-container i18n="@@admin.pending.invitedBy">· invited by {{ by.displayName // i18n(ph="name") }}</ng-container>
              }
            </span>
          </div>
          <div class="buttons">
            <button mat-button type="button" (click)="resend.emit(invitation)" [attr.aria-label]="resendLabel(invitation.email)">
              <mat-icon fontSet="material-symbols-outlined">send</mat-icon>
              <ng-container i18n="@@admin.pending.resend">Resend</ng-container>
            </button>
            <button mat-button type="button" class="withdraw" (click)="revoke.emit(invitation)" [attr.aria-label]="withdrawLabel(invitation.email)">
              <mat-icon fontSet="material-symbols-outlined">cancel</mat-icon>
              <ng-container i18n="@@admin.pending.withdraw">Withdraw</ng-container>
            </button>
          </div>
        </li>
      }
    </ul>
  `,
  styles: `
    .invitations {
      list-style: none;
      margin: 0;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .invitation {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 16px;
      padding: 12px 16px;
    }
    .invitation + .invitation {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .who {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .email {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .withdraw {
      --mat-button-text-label-text-color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingInvitations {
  readonly invitations = input.required<readonly Invitation[]>();
  readonly resend = output<Invitation>();
  readonly revoke = output<Invitation>();
  protected readonly rolesText = rolesText;

  protected resendLabel(email: string): string {
    return $localize`:@@admin.pending.resendLabel:Resend the invitation to ${email}:email:`;
  }

  protected withdrawLabel(email: string): string {
    return $localize`:@@admin.pending.withdrawLabel:Withdraw the invitation to ${email}:email:`;
  }
}
