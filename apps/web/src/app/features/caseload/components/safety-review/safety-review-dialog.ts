import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { type AssignmentView, SAFETY_REVIEW_NOTE_MAX_LENGTH } from '@trp/contracts';
import { controlError } from '../../../../core/forms/server-errors';
import { AssignmentsApi } from '../../data/assignments-api';
import { formErrorMessage } from '../form-error';

export interface SafetyReviewData {
  readonly assignmentId: string;
  /** What the concern is about, e.g. "Robin & Alex: Acknowledge the breach". */
  readonly title: string;
}

/** Acknowledge a safety concern with a note (`POST /api/assignments/:id/safety-review`). Closes with the assignment. */
@Component({
  selector: 'app-safety-review-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  template: `
    <h2 mat-dialog-title i18n="@@caseload.safety.dialog-title">Acknowledge the safety concern</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="content">
        <p class="about">{{ data.title }}</p>
        <p class="intro" i18n="@@caseload.safety.dialog-intro">
          Write down what you did or decided — for example, that you called and made a safety plan. It stays with you and your
          colleagues: partners never see it. The concern then leaves your dashboard, and shows again if a new answer raises one.
        </p>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@caseload.safety.what-you-did">What you did</mat-label>
          <textarea matInput formControlName="note" rows="5" [maxlength]="maxLength" required cdkFocusInitial></textarea>
          <mat-hint align="end">{{ form.controls.note.value.length }} / {{ maxLength }}</mat-hint>
          @if (form.controls.note.invalid) {
            <mat-error>{{ noteError() }}</mat-error>
          }
        </mat-form-field>
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
            &ngsp;<ng-container i18n="@@caseload.dashboard.acknowledge">Acknowledge</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .about {
      margin: 0;
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
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
export class SafetyReviewDialog {
  private readonly api = inject(AssignmentsApi);
  private readonly ref = inject<MatDialogRef<SafetyReviewDialog, AssignmentView>>(MatDialogRef);
  protected readonly data = inject<SafetyReviewData>(MAT_DIALOG_DATA);

  protected readonly maxLength = SAFETY_REVIEW_NOTE_MAX_LENGTH;
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: [Validators.required, blankIsEmpty, Validators.maxLength(SAFETY_REVIEW_NOTE_MAX_LENGTH)] }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected noteError(): string {
    return controlError(this.form.controls.note, $localize`:@@caseload.safety.what-you-did-noun:what you did`);
  }

  protected save(): void {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.safetyReview(this.data.assignmentId, this.form.controls.note.value.trim()).subscribe({
      next: (assignment) => this.ref.close(assignment),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(formErrorMessage(this.form, error, $localize`:@@caseload.safety.error:We could not save it. Please try again.`));
      },
    });
  }
}

/** A note of spaces only is no note (the server trims it too). */
function blankIsEmpty(control: AbstractControl<string>): { required: true } | null {
  const value = control.value ?? '';
  return value.length > 0 && value.trim() === '' ? { required: true } : null;
}
