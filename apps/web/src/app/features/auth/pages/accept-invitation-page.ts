import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { CurrentUser, DISPLAY_NAME_MAX_LENGTH, PASSWORD_POLICY } from '@trp/contracts';
import { applyServerErrors, controlError } from '../../../core/forms/server-errors';
import { apiErrorOf, errorMessage, statusOf } from '../../../core/http/api-error';
import { startPageFor } from '../../../core/session/session.guards';
import { MFA_PATH } from '../../../core/session/session-routes';
import { SessionStore } from '../../../core/session/session.store';
import { AuthApi } from '../auth-api';
import { NewPasswordField } from '../components/new-password-field';

export const INVITATION_GONE = $localize`:@@auth.invitation.gone:This invitation has expired or was already used. Ask your practice admin for a new one.`;
export const INVITATION_UNKNOWN = $localize`:@@auth.invitation.unknown:We don't recognise this invitation link. Check that you opened the whole link, or ask your practice admin for a new one.`;

/** `/invitations/:token`: the invitee chooses their name and password, and is signed in. */
@Component({
  selector: 'app-accept-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule, NewPasswordField],
  templateUrl: './accept-invitation-page.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  /** The route's `:token`. */
  readonly token = input.required<string>();

  /** Why the invitation cannot be used (410, 404), once the server said so. */
  protected readonly unusable = signal<string | null>(null);
  /** The new account, once accepted. */
  protected readonly accepted = signal<CurrentUser | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly controlError = controlError;
  protected readonly nameLabel = $localize`:@@auth.invitation.nameLabel:your name`;
  protected readonly limits = { displayName: DISPLAY_NAME_MAX_LENGTH, password: PASSWORD_POLICY };
  protected readonly mfaPath = MFA_PATH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_POLICY.minLength), Validators.maxLength(PASSWORD_POLICY.maxLength)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { displayName, password } = this.form.getRawValue();
    this.api.acceptInvitation(this.token(), { displayName: displayName.trim(), password }).subscribe({
      next: (user) => {
        this.busy.set(false);
        this.session.setUser(user);
        if (user.mfaEnrollmentRequired) void this.router.navigateByUrl(MFA_PATH);
        else this.accepted.set(user);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const status = statusOf(failure);
        if (status === 410) this.unusable.set(INVITATION_GONE);
        else if (status === 404) this.unusable.set(INVITATION_UNKNOWN);
        else {
          const leftovers = applyServerErrors(this.form, failure);
          const hasFieldErrors = (apiErrorOf(failure)?.errors?.length ?? 0) > leftovers.length;
          this.error.set(
            hasFieldErrors && leftovers.length === 0
              ? $localize`:@@auth.checkFields:Please check the highlighted fields.`
              : errorMessage(failure, $localize`:@@auth.invitation.failed:We could not set up your account just now. Please try again in a moment.`),
          );
        }
      },
    });
  }

  protected continue(user: CurrentUser): void {
    void this.router.navigateByUrl(startPageFor(user.roles));
  }
}
