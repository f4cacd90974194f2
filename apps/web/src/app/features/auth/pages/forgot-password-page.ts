import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { EMAIL_MAX_LENGTH } from '@trp/contracts';
import { applyServerErrors, controlError } from '../../../core/forms/server-errors';
import { errorMessage, statusOf } from '../../../core/http/api-error';
import { AuthApi } from '../auth-api';
import { TOO_MANY_ATTEMPTS } from './sign-in-page';

/** `/password-reset`: "Forgot your password?" asks for the email and says the same thing whatever it was. */
@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './forgot-password-page.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);

  /** The address the link was asked for, once the server accepted the request. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly controlError = controlError;
  protected readonly acceptedMessage = $localize`:@@auth.forgot.accepted:If an account exists for that address, we have sent a link. It works for one hour.`;
  protected readonly emailLabel = $localize`:@@auth.forgot.emailLabel:your email`;
  protected readonly maxLength = EMAIL_MAX_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const email = this.form.getRawValue().email.trim();
    this.api.requestPasswordReset({ email }).subscribe({
      next: () => {
        this.busy.set(false);
        this.sentTo.set(email);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        if (statusOf(failure) === 429) {
          this.error.set(TOO_MANY_ATTEMPTS);
          return;
        }
        const leftovers = applyServerErrors(this.form, failure);
        this.error.set(leftovers.length === 0 && statusOf(failure) === 400 ? $localize`:@@auth.forgot.checkEmail:Please check the email address.` : errorMessage(failure, $localize`:@@auth.forgot.failed:We could not send the link just now. Please try again in a moment.`));
      },
    });
  }

  protected again(): void {
    this.sentTo.set(null);
  }
}
