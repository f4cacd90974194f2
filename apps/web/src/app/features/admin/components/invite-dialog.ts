import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CreatedInvitation, EMAIL_MAX_LENGTH, ROLES, Role } from '@trp/contracts';
import { applyServerErrors, controlError } from '../../../core/forms/server-errors';
import { errorMessage, fieldErrors } from '../../../core/http/api-error';
import { AccountsApi } from '../data/accounts-api';
import { InvitationLink } from './invitation-link';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from './role-labels';

const atLeastOneRole: ValidatorFn = (group) => {
  const value = group.value as Partial<Record<Role, boolean>>;
  return ROLES.some((role) => value[role]) ? null : { noRole: true };
};

/** Invite a person: email and roles; then the link to pass on. Closes with the invitation once made. */
@Component({
  selector: 'app-invite-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    InvitationLink,
  ],
  templateUrl: './invite-dialog.html',
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  private readonly api = inject(AccountsApi);
  private readonly dialogRef = inject<MatDialogRef<InviteDialog, CreatedInvitation | undefined>>(MatDialogRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;
  protected readonly controlError = controlError;
  protected readonly emailLabel = $localize`:@@admin.invite.emailLabel:their email`;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly created = signal<CreatedInvitation | null>(null);

  protected readonly form = this.formBuilder.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    roles: this.formBuilder.group({ counselor: [true], admin: [false] }, { validators: atLeastOneRole }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { email, roles } = this.form.getRawValue();
    const chosen = ROLES.filter((role) => roles[role]);
    this.api.invite({ email: email.trim(), roles: chosen }).subscribe({
      next: (invitation) => {
        this.busy.set(false);
        this.created.set(invitation);
        // The link is shown only once: only "Done" closes the dialog now.
        this.dialogRef.disableClose = true;
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        const leftovers = applyServerErrors(this.form, failure);
        const onFields = Object.keys(fieldErrors(failure)).length > leftovers.length;
        if (!onFields || leftovers.length > 0) this.error.set(errorMessage(failure, $localize`:@@admin.invite.weCouldNotSend:We could not send the invitation just now. Please try again.`));
      },
    });
  }

  protected close(): void {
    this.dialogRef.close(this.created() ?? undefined);
  }
}
