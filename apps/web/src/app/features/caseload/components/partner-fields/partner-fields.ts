import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { LOCALES } from '@trp/contracts';
import { controlError } from '../../../../core/forms/server-errors';
import { LOCALE_NAMES, PERSPECTIVE_CHOICES, PERSPECTIVE_EXPLANATION } from '../../domain/labels';
import { LIMITS, type PartnerForm } from './partner-form';

/** Name, optional email and perspective of one partner, as a fieldset of a larger form. */
@Component({
  selector: 'app-partner-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule],
  template: `
    <fieldset class="partner" [formGroup]="form()">
      <legend>{{ legend() }}</legend>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@caseload.partner-form.name">Name</mat-label>
        <input matInput formControlName="displayName" autocomplete="off" [maxlength]="limits.displayName" required />
        <mat-hint i18n="@@caseload.partner-form.name-hint">How you and the partner will see it, e.g. a first name.</mat-hint>
        @if (form().controls.displayName.invalid) {
          <mat-error>{{ error('displayName', aName) }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@caseload.partner-form.email">Email (optional)</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="off" [maxlength]="limits.email" />
        <mat-hint i18n="@@caseload.partner-form.email-hint">Only needed to email them their link.</mat-hint>
        @if (form().controls.email.invalid) {
          <mat-error>{{ error('email', anEmail) }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label i18n="@@caseload.partner-form.language">Language</mat-label>
        <mat-select formControlName="locale">
          @if (newPartner()) {
            <mat-option value="default" i18n="@@caseload.partner-form.language-default">The practice’s default</mat-option>
          }
          @for (locale of locales; track locale) {
            <mat-option [value]="locale" [lang]="locale">{{ localeNames[locale] }}</mat-option>
          }
        </mat-select>
        <mat-hint i18n="@@caseload.partner-form.language-hint">Their exercises, pages and emails come in this language. They can change it on their page.</mat-hint>
      </mat-form-field>
      <div class="perspective">
        <span class="perspective-label" [id]="idPrefix() + '-perspective'" i18n="@@caseload.partner-form.perspective">Perspective</span>
        <span class="perspective-hint" [id]="idPrefix() + '-perspective-hint'">{{ explanation }}</span>
        <mat-radio-group
          formControlName="perspective"
          class="perspective-options"
          [attr.aria-labelledby]="idPrefix() + '-perspective'"
          [attr.aria-describedby]="idPrefix() + '-perspective-hint'"
        >
          @for (choice of choices; track choice.value) {
            <mat-radio-button [value]="choice.value">{{ choice.label }}</mat-radio-button>
          }
        </mat-radio-group>
      </div>
    </fieldset>
  `,
  styles: `
    .partner {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: 0;
      margin: 0;
      padding: 12px 16px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .perspective {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .perspective-label {
      font: var(--mat-sys-title-small);
    }
    .perspective-hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .perspective-options {
      display: flex;
      flex-wrap: wrap;
      column-gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnerFields {
  readonly form = input.required<PartnerForm>();
  readonly legend = input.required<string>();
  /** Makes the ids of this fieldset unique on the page. */
  readonly idPrefix = input.required<string>();
  /** A partner being added: the language may be left to the practice's default. */
  readonly newPartner = input(false);

  protected readonly choices = PERSPECTIVE_CHOICES;
  protected readonly explanation = PERSPECTIVE_EXPLANATION;
  protected readonly limits = LIMITS;
  protected readonly locales = LOCALES;
  protected readonly localeNames = LOCALE_NAMES;
  protected readonly aName = $localize`:@@caseload.partner-form.a-name:a name`;
  protected readonly anEmail = $localize`:@@caseload.partner-form.an-email:an email address`;

  protected error(name: 'displayName' | 'email', label: string): string {
    return controlError(this.form().controls[name], label);
  }
}
