import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ROLES, Role, User } from '@trp/contracts';
import { errorMessage } from '../../../core/http/api-error';
import { AccountsApi } from '../data/accounts-api';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from './role-labels';

const atLeastOneRole: ValidatorFn = (group) => {
  const value = group.value as Partial<Record<Role, boolean>>;
  return ROLES.some((role) => value[role]) ? null : { noRole: true };
};

/** Change a person's roles. Closes with the updated user; a refusal (e.g. the last admin) shows here. */
@Component({
  selector: 'app-roles-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatCheckboxModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  template: `
    <h2 mat-dialog-title i18n="@@admin.rolesDialog.rolesOf">Roles of {{ name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="intro" i18n="@@admin.rolesDialog.aChangeTakesEffect">A change takes effect at once: {{ name }} is signed out everywhere and signs in again with the new roles.</p>
        @if (error(); as error) {
          <div class="error" role="alert">
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
            <p>{{ error }}</p>
          </div>
        }
        <fieldset class="roles">
          <legend i18n="@@admin.rolesDialog.roles">Roles</legend>
          @for (role of roles; track role) {
            <div class="role">
              <mat-checkbox [formControlName]="role" [attr.aria-describedby]="'edit-role-' + role + '-help'">{{ roleLabels[role] }}</mat-checkbox>
              <p class="help" [id]="'edit-role-' + role + '-help'">{{ roleDescriptions[role] }}</p>
            </div>
          }
          @if (form.invalid) {
            <p class="field-error" role="alert" i18n="@@admin.rolesDialog.chooseAtLeastOne">Choose at least one role.</p>
          }
        </fieldset>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" aria-label="Saving the roles" i18n-aria-label="@@admin.rolesDialog.savingTheRoles" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@admin.rolesDialog.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="busy() || form.invalid" i18n="@@admin.rolesDialog.saveRoles">Save roles</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RolesDialog {
  private readonly api = inject(AccountsApi);
  private readonly dialogRef = inject<MatDialogRef<RolesDialog, User>>(MatDialogRef);
  private readonly user = inject<User>(MAT_DIALOG_DATA);

  protected readonly name = this.user.displayName || this.user.email;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group(
    { counselor: [this.user.roles.includes('counselor')], admin: [this.user.roles.includes('admin')] },
    { validators: atLeastOneRole },
  );

  protected save(): void {
    if (this.form.invalid || this.busy()) return;
    const value = this.form.getRawValue();
    const roles = ROLES.filter((role) => value[role]);
    this.busy.set(true);
    this.error.set(null);
    this.api.updateUser(this.user.id, { roles }).subscribe({
      next: (user) => this.dialogRef.close(user),
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(errorMessage(failure, $localize`:@@admin.rolesDialog.weCouldNotChange:We could not change the roles just now. Please try again.`));
      },
    });
  }
}
