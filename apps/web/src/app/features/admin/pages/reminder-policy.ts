import { AbstractControl, FormControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { PRACTICE_SETTING_LIMITS, type PracticeSettings, TIME_OF_DAY } from '@trp/contracts';

type ReminderNumber = 'reminderHoursBeforeDue' | 'reminderEveryDaysOverdue' | 'remindersPerAssignment';
type ReminderSettings = Pick<PracticeSettings, ReminderNumber | 'remindersEnabled' | 'quietHoursStart' | 'quietHoursEnd'>;

/** What each reminder field is called in the messages under it (a message names its field). */
export const REMINDER_FIELD_NAMES = {
  reminderHoursBeforeDue: $localize`:@@admin.reminders.hoursBeforeDue:Hours before the due date`,
  reminderEveryDaysOverdue: $localize`:@@admin.reminders.daysOverdue:Days between reminders while overdue`,
  remindersPerAssignment: $localize`:@@admin.reminders.perExercise:Reminders per exercise`,
  quietHoursStart: $localize`:@@admin.reminders.quietStart:Quiet hours start`,
  quietHoursEnd: $localize`:@@admin.reminders.quietEnd:Quiet hours end`,
} as const;
export type ReminderField = keyof typeof REMINDER_FIELD_NAMES;

const whole: ValidatorFn = (control) => (control.value === null || control.value === '' || Number.isInteger(Number(control.value)) ? null : { whole: true });
const timeOfDay: ValidatorFn = (control) => (control.value === '' || TIME_OF_DAY.test(String(control.value)) ? null : { time: true });
/** Quiet hours that start and end at the same minute would be none, or all day: the server refuses them too. */
const differentFromStart: ValidatorFn = (control) => {
  const start = control.parent?.get('quietHoursStart')?.value;
  return start && control.value && start === control.value ? { sameQuietHours: true } : null;
};

function limited(field: ReminderNumber): ValidatorFn[] {
  const { min, max } = PRACTICE_SETTING_LIMITS[field];
  return [Validators.required, whole, Validators.min(min), Validators.max(max)];
}

/**
 * The "Reminders" controls of the practice settings form, kept flat in it so a 400 naming `quietHoursEnd` lands on
 * its field. Quiet hours off disables (and so skips) the two times.
 */
export function reminderPolicyControls() {
  return {
    remindersEnabled: new FormControl(true, { nonNullable: true }),
    reminderHoursBeforeDue: new FormControl<number | string>(24, { nonNullable: true, validators: limited('reminderHoursBeforeDue') }),
    reminderEveryDaysOverdue: new FormControl<number | string>(2, { nonNullable: true, validators: limited('reminderEveryDaysOverdue') }),
    remindersPerAssignment: new FormControl<number | string>(3, { nonNullable: true, validators: limited('remindersPerAssignment') }),
    quietHours: new FormControl(true, { nonNullable: true }),
    quietHoursStart: new FormControl('21:00', { nonNullable: true, validators: [Validators.required, timeOfDay] }),
    quietHoursEnd: new FormControl('08:00', { nonNullable: true, validators: [Validators.required, timeOfDay, differentFromStart] }),
  };
}
type ReminderControls = ReturnType<typeof reminderPolicyControls>;
/** The practice settings form, or any form holding these controls. */
export interface ReminderPolicyForm {
  readonly controls: ReminderControls;
}

/** Keeps the two times in step with the switch and with each other; call once the form exists. */
export function watchReminderPolicy(form: ReminderPolicyForm): void {
  form.controls.quietHours.valueChanges.subscribe((on) => syncQuietHours(form, on));
  form.controls.quietHoursStart.valueChanges.subscribe(() => form.controls.quietHoursEnd.updateValueAndValidity({ emitEvent: false }));
}

function syncQuietHours(form: ReminderPolicyForm, on: boolean): void {
  for (const control of [form.controls.quietHoursStart, form.controls.quietHoursEnd]) {
    if (on) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
}

/** The form value of the stored policy; no quiet hours (both null) leaves the switch off and the usual times suggested. */
export function reminderPolicyValue(settings: ReminderSettings) {
  const quiet = settings.quietHoursStart !== null && settings.quietHoursEnd !== null;
  return {
    remindersEnabled: settings.remindersEnabled,
    reminderHoursBeforeDue: settings.reminderHoursBeforeDue,
    reminderEveryDaysOverdue: settings.reminderEveryDaysOverdue,
    remindersPerAssignment: settings.remindersPerAssignment,
    quietHours: quiet,
    quietHoursStart: settings.quietHoursStart ?? '21:00',
    quietHoursEnd: settings.quietHoursEnd ?? '08:00',
  };
}

/** After a reset: the times enabled or not by the switch (a reset does not tell the watcher). */
export function afterReset(form: ReminderPolicyForm): void {
  syncQuietHours(form, form.controls.quietHours.value);
}

/** The PATCH part: numbers as numbers; quiet hours both set, or both null for none. */
export function reminderPolicyBody(form: ReminderPolicyForm): ReminderSettings {
  const value = Object.fromEntries(Object.entries(form.controls).map(([key, control]) => [key, control.value])) as {
    [K in keyof ReminderControls]: ReminderControls[K]['value'];
  };
  return {
    remindersEnabled: value.remindersEnabled,
    reminderHoursBeforeDue: Number(value.reminderHoursBeforeDue),
    reminderEveryDaysOverdue: Number(value.reminderEveryDaysOverdue),
    remindersPerAssignment: Number(value.remindersPerAssignment),
    quietHoursStart: value.quietHours ? value.quietHoursStart : null,
    quietHoursEnd: value.quietHours ? value.quietHoursEnd : null,
  };
}

/** The message under a reminder field, naming it: "Hours before the due date: use a whole number from 1 to 168." */
export function reminderFieldError(control: AbstractControl, field: ReminderField): string {
  const name = REMINDER_FIELD_NAMES[field];
  const errors: ValidationErrors = control.errors ?? {};
  if (typeof errors['server'] === 'string') {
    const problem = lowerFirst(errors['server']);
    return $localize`:@@admin.reminders.serverError:${name}:field:: ${problem}:problem:`;
  }
  if (field === 'quietHoursStart' || field === 'quietHoursEnd') {
    const example = field === 'quietHoursStart' ? '21:00' : '08:00';
    if (errors['required']) return $localize`:@@admin.reminders.enterTime:${name}:field:: enter a time such as ${example}:example:.`;
    if (errors['time']) return $localize`:@@admin.reminders.timeOfDay:${name}:field:: use a time of day such as ${example}:example:.`;
    if (errors['sameQuietHours']) return $localize`:@@admin.reminders.sameTime:${name}:field:: choose a different time than the start.`;
    return '';
  }
  const { min, max } = PRACTICE_SETTING_LIMITS[field];
  if (Object.keys(errors).length === 0) return '';
  return $localize`:@@admin.reminders.wholeNumber:${name}:field:: use a whole number from ${min}:min: to ${max}:max:.`;
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
