import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { CRISIS_RESOURCES_MAX_LENGTH, DEFAULT_LOCALE, isTimeZone, type Locale, Practice, PRACTICE_NAME_MAX_LENGTH, ARCHIVED_RETENTION_DAYS, PRACTICE_SETTING_LIMITS, UpdatePracticeRequest } from '@trp/contracts';
import { applyServerErrors, controlError } from '../../../core/forms/server-errors';
import { errorMessage, fieldErrors } from '../../../core/http/api-error';
import { SessionStore } from '../../../core/session/session.store';
import { LANGUAGES } from '../../../core/i18n/languages';
import { ErrorState } from '../../../core/ui/error-state';
import { PracticeApi } from '../data/practice-api';
import { afterReset, reminderFieldError, reminderPolicyBody, reminderPolicyControls, reminderPolicyValue, watchReminderPolicy } from './reminder-policy';

const { idleTimeoutMinutes: idle, absoluteTimeoutHours: absolute, inviteLinkDays: invite } = PRACTICE_SETTING_LIMITS;
const whole: ValidatorFn = (control) =>
  control.value === null || control.value === '' || Number.isInteger(Number(control.value)) ? null : { whole: true };
/** Spaces only are no text (the server trims). */
const notBlank: ValidatorFn = (control) => (typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === '' ? { required: true } : null);

/**
 * The practice's name and policies: session timeouts, invite-link lifetime, MFA required, crisis resources for partners,
 * time zone, the language new partners start in, record keeping, and partner reminders (cadence, cap, quiet hours).
 */
@Component({
  selector: 'app-practice-settings-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatProgressBarModule,
    ErrorState,
  ],
  templateUrl: './practice-settings-page.html',
  styleUrls: ['./admin-page.scss', './practice-settings-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticeSettingsPage {
  private readonly api = inject(PracticeApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(SessionStore);

  protected readonly limits = PRACTICE_SETTING_LIMITS;
  protected readonly crisisMaxLength = CRISIS_RESOURCES_MAX_LENGTH;
  protected readonly controlError = controlError;
  protected readonly labels = {
    name: $localize`:@@admin.practice.nameLabel:the practice name`,
    minutes: $localize`:@@admin.practice.minutesLabel:the number of minutes`,
    hours: $localize`:@@admin.practice.hoursLabel:the number of hours`,
    days: $localize`:@@admin.practice.daysLabel:the number of days`,
    zone: $localize`:@@admin.practice.zoneLabel:the time zone`,
    crisis: $localize`:@@admin.practice.crisisLabel:the crisis resources`,
  };
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly savedAt = signal<Date | null>(null);
  private practice: Practice | null = null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(PRACTICE_NAME_MAX_LENGTH)]],
    idleTimeoutMinutes: [0, [Validators.required, whole, Validators.min(idle.min), Validators.max(idle.max)]],
    absoluteTimeoutHours: [0, [Validators.required, whole, Validators.min(absolute.min), Validators.max(absolute.max)]],
    inviteLinkDays: [0, [Validators.required, whole, Validators.min(invite.min), Validators.max(invite.max)]],
    mfaRequired: [false],
    crisisResources: ['', [Validators.required, notBlank, Validators.maxLength(CRISIS_RESOURCES_MAX_LENGTH)]],
    timezone: ['UTC', [Validators.required, timeZone]],
    defaultLocale: [DEFAULT_LOCALE as Locale],
    /** Empty keeps archived couples. */
    archivedRetentionDays: ['' as string | number, [whole, Validators.min(ARCHIVED_RETENTION_DAYS.min), Validators.max(ARCHIVED_RETENTION_DAYS.max)]],
    ...reminderPolicyControls(),
  });
  protected readonly reminderError = reminderFieldError;
  protected readonly retention = ARCHIVED_RETENTION_DAYS;
  protected readonly languages = LANGUAGES;
  /** The IANA zones this browser knows, offered as suggestions (any zone the server knows is accepted). */
  protected readonly timeZones: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? ['UTC'];

  constructor() {
    watchReminderPolicy(this.form);
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.get().subscribe({
      next: (practice) => {
        this.show(practice);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loadError.set(errorMessage(failure, $localize`:@@admin.practice.weCouldNotLoad:We could not load the practice settings. Please try again.`));
        this.loading.set(false);
      },
    });
  }

  protected save(): void {
    this.savedAt.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.saving()) return;
    const value = this.form.getRawValue();
    const body: UpdatePracticeRequest = {
      name: value.name.trim(),
      idleTimeoutMinutes: Number(value.idleTimeoutMinutes),
      absoluteTimeoutHours: Number(value.absoluteTimeoutHours),
      inviteLinkDays: Number(value.inviteLinkDays),
      mfaRequired: value.mfaRequired,
      crisisResources: value.crisisResources.trim(),
      timezone: value.timezone.trim(),
      defaultLocale: value.defaultLocale,
      archivedRetentionDays: value.archivedRetentionDays === '' || value.archivedRetentionDays === null ? null : Number(value.archivedRetentionDays),
      ...reminderPolicyBody(this.form),
    };
    this.saving.set(true);
    this.saveError.set(null);
    this.api.update(body).subscribe({
      next: (practice) => {
        this.saving.set(false);
        this.show(practice);
        this.savedAt.set(new Date());
        this.snackBar.open($localize`:@@admin.practice.practiceSettingsSaved:Practice settings saved.`, $localize`:@@admin.dismiss:Dismiss`, { duration: 6000 });
        // The practice name (and policies) reach the rest of the app through the session.
        void this.session.refresh();
      },
      error: (failure: unknown) => {
        this.saving.set(false);
        const leftovers = applyServerErrors(this.form, failure);
        const onFields = Object.keys(fieldErrors(failure)).length > leftovers.length;
        this.saveError.set(
          onFields && leftovers.length === 0
            ? $localize`:@@admin.practice.pleaseCheckTheHighlighted:Please check the highlighted fields.`
            : errorMessage(failure, $localize`:@@admin.practice.weCouldNotSave:We could not save the settings just now. Please try again.`),
        );
      },
    });
  }

  protected reset(): void {
    if (this.practice) this.show(this.practice);
    this.saveError.set(null);
  }

  private show(practice: Practice): void {
    this.practice = practice;
    this.form.reset({
      name: practice.name,
      ...practice.settings,
      archivedRetentionDays: practice.settings.archivedRetentionDays ?? '',
      ...reminderPolicyValue(practice.settings),
    });
    afterReset(this.form);
  }
}

function timeZone(control: AbstractControl<string>): ValidationErrors | null {
  return isTimeZone(control.value.trim()) ? null : { server: $localize`:@@admin.practice.chooseATimeZone:Choose a time zone from the list, such as Europe/Madrid or America/New_York.` };
}
