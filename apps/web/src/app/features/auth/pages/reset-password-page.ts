import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PASSWORD_POLICY } from '@trp/contracts';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { apiErrorOf, errorMessage, statusOf } from '../../../core/http/api-error';
import { AuthApi } from '../auth-api';
import { NewPasswordField } from '../components/new-password-field';
import { TOO_MANY_ATTEMPTS } from './sign-in-page';

export const RESET_LINK_GONE = $localize`:@@auth.reset.gone:This link has expired or was already used. Links work for one hour and only once.`;
export const RESET_LINK_UNKNOWN = $localize`:@@auth.reset.unknown:We don't recognise this link. Check that you opened the whole link from the email.`;

/** `/password-reset/:token`: choose a new password with the link from the email; then sign in with it. */
@Component({
  selector: 'app-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, NewPasswordField],
  templateUrl: './reset-password-page.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);

  /** The route's `:token`. */
  readonly token = input.required<string>();

  /** Why the link cannot be used (410, 404), once the server said so. */
  protected readonly unusable = signal<string | null>(null);
  protected readonly done = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
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
    this.api.resetPassword(this.token(), { password: this.form.getRawValue().password }).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const status = statusOf(failure);
        if (status === 410) this.unusable.set(RESET_LINK_GONE);
        else if (status === 404) this.unusable.set(RESET_LINK_UNKNOWN);
        else if (status === 429) this.error.set(TOO_MANY_ATTEMPTS);
        else {
          const leftovers = applyServerErrors(this.form, failure);
          const hasFieldErrors = (apiErrorOf(failure)?.errors?.length ?? 0) > leftovers.length;
          this.error.set(
            hasFieldErrors && leftovers.length === 0
              ? $localize`:@@auth.reset.choose:Please choose another password (see the message at the field).`
              : errorMessage(failure, $localize`:@@auth.reset.failed:We could not change your password just now. Please try again in a moment.`),
          );
        }
      },
    });
  }
}
