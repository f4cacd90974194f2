import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { CoupleView, CreateCoupleBody } from '@trp/contracts';
import { controlError } from '../../../../core/forms/server-errors';
import { formErrorMessage } from '../form-error';
import { CouplesApi } from '../../data/couples-api';
import { PartnerFields } from '../partner-fields/partner-fields';
import { LIMITS, partnerBody, partnerForm } from '../partner-fields/partner-form';

/** "Add a couple": a label and two partners → `POST /api/couples`. Closes with the new couple. */
@Component({
  selector: 'app-add-couple-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, PartnerFields],
  template: `
    <h2 mat-dialog-title i18n="@@caseload.common.add-couple">Add a couple</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="content">
        <p class="intro" i18n="@@caseload.add-couple.intro">The label is for you only: partners never see it. Each partner gets their own private link on the next page.</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@caseload.couple-form.label">Label</mat-label>
          <input matInput formControlName="label" autocomplete="off" [maxlength]="limits.label" required cdkFocusInitial />
          <mat-hint i18n="@@caseload.add-couple.label-hint">For example "Alex &amp; Sam" or a case number.</mat-hint>
          @if (form.controls.label.invalid) {
            <mat-error>{{ labelError() }}</mat-error>
          }
        </mat-form-field>
        <app-partner-fields [form]="form.controls.partners.at(0)" i18n-legend="@@caseload.add-couple.first" legend="First partner" idPrefix="new-partner-1" [newPartner]="true" />
        <app-partner-fields [form]="form.controls.partners.at(1)" i18n-legend="@@caseload.add-couple.second" legend="Second partner" idPrefix="new-partner-2" [newPartner]="true" />
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
            &ngsp;<ng-container i18n="@@caseload.add-couple.adding">Adding…</ng-container>
          } @else {
            &ngsp;<ng-container i18n="@@caseload.add-couple.add">Add couple</ng-container>
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
    .intro {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
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
export class AddCoupleDialog {
  private readonly api = inject(CouplesApi);
  private readonly ref = inject<MatDialogRef<AddCoupleDialog, CoupleView>>(MatDialogRef);

  protected readonly limits = LIMITS;
  protected readonly form = new FormGroup({
    label: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LIMITS.label)] }),
    partners: new FormArray([partnerForm(), partnerForm()]),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected labelError(): string {
    return controlError(this.form.controls.label, $localize`:@@caseload.couple-form.a-label:a label`);
  }

  /** The request body from the form: trimmed texts, no empty emails. */
  body(): CreateCoupleBody {
    const [first, second] = this.form.controls.partners.controls;
    return { label: this.form.controls.label.value.trim(), partners: [partnerBody(first), partnerBody(second)] };
  }

  protected save(): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.create(this.body()).subscribe({
      next: (couple) => this.ref.close(couple),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(formErrorMessage(this.form, error, $localize`:@@caseload.add-couple.error:We could not add the couple. Please try again.`));
      },
    });
  }
}
