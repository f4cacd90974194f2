import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_POLICY } from '@trp/contracts';
import { controlError } from '../../../core/forms/server-errors';

/**
 * Choosing a new password (accepting an invitation, resetting a forgotten one): the field with a show/hide
 * toggle, its error, and the one password rule in plain words. The control lives in the page's form.
 */
@Component({
  selector: 'app-new-password-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        autocomplete="new-password"
        aria-describedby="password-rules"
        required
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        (click)="visible.set(!visible())"
        [attr.aria-label]="visible() ? text.hide : text.show"
        [attr.aria-pressed]="visible()"
      >
        <mat-icon fontSet="material-symbols-outlined">{{ visible() ? 'visibility_off' : 'visibility' }}</mat-icon>
      </button>
      @if (control().invalid) {
        <mat-error>{{ controlError(control(), text.field) }}</mat-error>
      }
    </mat-form-field>
    <p id="password-rules" class="rules" i18n="@@auth.newPassword.rules">
      At least {{ policy.minLength // i18n(ph="count") }} characters. No other rules: a few unrelated words make a strong password that is
      easy to remember. Common passwords are refused.
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
    .rules {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input($localize`:@@auth.newPassword.label:Password`);
  protected readonly text = {
    hide: $localize`:@@auth.hidePassword:Hide password`,
    show: $localize`:@@auth.showPassword:Show password`,
    field: $localize`:@@auth.newPassword.fieldLabel:a password`,
  };

  protected readonly visible = signal(false);
  protected readonly policy = PASSWORD_POLICY;
  protected readonly controlError = controlError;
}
