import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { PASSWORD_POLICY } from '@trp/contracts';
import { applyServerErrors, controlError } from '../../../core/forms/server-errors';
import { errorMessage, fieldErrors } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { AuthApi } from '../auth-api';

/** Change one's own password (the server ends every other session of the account). */
@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './change-password-page.html',
  styleUrl: '../auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly session = inject(SessionStore);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly visible = signal(false);
  protected readonly controlError = controlError;
  protected readonly labels = {
    current: $localize`:@@auth.changePassword.currentLabel:your current password`,
    new: $localize`:@@auth.changePassword.newLabel:a new password`,
  };
  protected readonly minLength = PASSWORD_POLICY.minLength;

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required]],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_POLICY.minLength), Validators.maxLength(PASSWORD_POLICY.maxLength)]],
  });

  protected submit(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(false);
    this.api.changePassword(this.form.getRawValue()).subscribe({
      next: () => {
        this.busy.set(false);
        this.saved.set(true);
        formDirective.resetForm();
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const leftovers = applyServerErrors(this.form, failure);
        const onFields = Object.keys(fieldErrors(failure)).length > leftovers.length;
        this.error.set(
          onFields && leftovers.length === 0
            ? $localize`:@@auth.checkFields:Please check the highlighted fields.`
            : errorMessage(failure, $localize`:@@auth.changePassword.failed:We could not change your password just now. Please try again in a moment.`),
        );
      },
    });
  }
}
