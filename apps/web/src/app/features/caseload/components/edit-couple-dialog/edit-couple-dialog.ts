import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { CoupleView, UpdateCoupleBody } from '@trp/contracts';
import { controlError } from '../../../../core/forms/server-errors';
import { CouplesApi } from '../../data/couples-api';
import { formErrorMessage } from '../form-error';
import { PartnerFields } from '../partner-fields/partner-fields';
import { LIMITS, partnerBody, partnerForm } from '../partner-fields/partner-form';

/** Edit a couple's label and partners (`PATCH /api/couples/:id`). Closes with the updated couple. */
@Component({
  selector: 'app-edit-couple-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, PartnerFields],
  template: `
    <h2 mat-dialog-title i18n="@@caseload.edit-couple.title">Edit {{ couple.label // i18n(ph="couple") }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="content">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@caseload.couple-form.label">Label</mat-label>
          <input matInput formControlName="label" autocomplete="off" [maxlength]="limits.label" required />
          <mat-hint i18n="@@caseload.edit-couple.label-hint">For you only: partners never see it.</mat-hint>
          @if (form.controls.label.invalid) {
            <mat-error>{{ labelError() }}</mat-error>
          }
        </mat-form-field>
        @for (partner of form.controls.partners.controls; track $index) {
          <app-partner-fields [form]="partner" [legend]="couple.partners[$index].displayName" [idPrefix]="'edit-partner-' + $index" />
        }
        @if (error(); as error) {
          <p class="error" role="alert">
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
            {{ error }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@caseload.common.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          @if (saving()) {
            &ngsp;<ng-container i18n="@@caseload.review.saving">Saving…</ng-container>
          } @else {
            &ngsp;<ng-container i18n="@@caseload.edit-couple.save">Save changes</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .error {
      display: flex;
      gap: 8px;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditCoupleDialog {
  private readonly api = inject(CouplesApi);
  private readonly ref = inject<MatDialogRef<EditCoupleDialog, CoupleView>>(MatDialogRef);
  protected readonly couple = inject<CoupleView>(MAT_DIALOG_DATA);

  protected readonly limits = LIMITS;
  protected readonly form = new FormGroup({
    label: new FormControl(this.couple.label, { nonNullable: true, validators: [Validators.required, Validators.maxLength(LIMITS.label)] }),
    partners: new FormArray(this.couple.partners.map((partner) => partnerForm(partner))),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected labelError(): string {
    return controlError(this.form.controls.label, $localize`:@@caseload.couple-form.a-label:a label`);
  }

  /** The PATCH body: every field of both partners, matched by id; an emptied email is sent as '' (removes it). */
  body(): UpdateCoupleBody {
    return {
      label: this.form.controls.label.value.trim(),
      partners: this.form.controls.partners.controls.map((control, index) => ({
        id: this.couple.partners[index].id,
        email: '',
        ...partnerBody(control),
      })),
    };
  }

  protected save(): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.update(this.couple.id, this.body()).subscribe({
      next: (couple) => this.ref.close(couple),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(formErrorMessage(this.form, error, $localize`:@@caseload.edit-couple.error:We could not save the changes. Please try again.`));
      },
    });
  }
}
