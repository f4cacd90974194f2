import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { CoupleView } from '@trp/contracts';
import { errorMessage } from '../../../../core/http/api-error';
import { CouplesApi } from '../../data/couples-api';

export interface ErasePartnerData {
  readonly coupleId: string;
  readonly partnerId: string;
  /** The partner being erased. */
  readonly partnerName: string;
  /** The other partner, whose data stays. */
  readonly otherName: string;
}

/** The same comparison the server makes: spaces and letter case do not matter. */
export function sameName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(typed) !== '' && norm(typed) === norm(name);
}

/**
 * Erase one partner's data (`POST …/partners/:partnerId/erase {confirm}`): names what goes and what stays, and asks
 * for the partner's name before the button works. Closes with the updated couple.
 */
@Component({
  selector: 'app-erase-partner-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  template: `
    <h2 mat-dialog-title i18n="@@caseload.erase.title">Erase {{ data.partnerName // i18n(ph="name") }}’s data?</h2>
    <form [formGroup]="form" (ngSubmit)="erase()" novalidate>
      <mat-dialog-content class="content">
        <p i18n="@@caseload.erase.lead">This cannot be undone. It erases, for good:</p>
        <ul>
          <li i18n="@@caseload.erase.answers">every answer and draft {{ data.partnerName // i18n(ph="name") }} wrote</li>
          <li i18n="@@caseload.erase.name">their name and email address</li>
          <li i18n="@@caseload.erase.links">their personal links, and signs them out of any device</li>
          <li i18n="@@caseload.erase.pin">their PIN, the reminders and mails sent to them, and agreement items only they proposed</li>
        </ul>
        <p i18n="@@caseload.erase.stays">
          What stays: {{ data.otherName // i18n(ph="other") }}’s answers, the assignments, and your private notes. {{ data.partnerName // i18n(ph="name") }} will show as
          “Erased partner”. The activity log keeps that you did this, without any content.
        </p>
        <p i18n="@@caseload.erase.export-first">You may want to export their records first.</p>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@caseload.erase.type-name">Type {{ data.partnerName // i18n(ph="name") }} to confirm</mat-label>
          <input matInput formControlName="confirmName" autocomplete="off" cdkFocusInitial />
        </mat-form-field>
        @if (error(); as error) {
          <p class="error" role="alert">
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">error</mat-icon>
            {{ error }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@caseload.erase.keep">Keep their data</button>
        <button mat-flat-button class="destructive" type="submit" [disabled]="saving()">
          @if (saving()) {
            &ngsp;<ng-container i18n="@@caseload.erase.erasing">Erasing…</ng-container>
          } @else {
            &ngsp;<ng-container i18n="@@caseload.erase.erase">Erase for good</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .content p,
    .content ul {
      margin: 0;
    }
    .error {
      display: flex;
      gap: 8px;
      color: var(--mat-sys-error);
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErasePartnerDialog {
  private readonly api = inject(CouplesApi);
  private readonly ref = inject<MatDialogRef<ErasePartnerDialog, CoupleView>>(MatDialogRef);
  protected readonly data = inject<ErasePartnerData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({ confirmName: new FormControl('', { nonNullable: true }) });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected erase(): void {
    this.error.set(null);
    const typed = this.form.controls.confirmName.value;
    if (!sameName(typed, this.data.partnerName)) {
      this.error.set($localize`:@@caseload.erase.mismatch:Type ${this.data.partnerName}:name: exactly as shown to erase their data.`);
      return;
    }
    this.saving.set(true);
    this.api.erasePartner(this.data.coupleId, this.data.partnerId, typed).subscribe({
      next: (couple) => this.ref.close(couple),
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(errorMessage(error, $localize`:@@caseload.erase.error:We could not erase the data. Nothing was changed. Please try again.`));
      },
    });
  }
}
