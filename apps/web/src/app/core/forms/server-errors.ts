import { AbstractControl, FormGroup } from '@angular/forms';
import { fieldErrors } from '../http/api-error';

/**
 * Puts a 400 answer's field errors on the matching controls (as `{ server: message }`, shown by
 * `controlError`) and marks them touched so they show. Answers the messages of fields the form lacks.
 */
export function applyServerErrors(form: FormGroup, error: unknown): string[] {
  const leftovers: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const control = form.get(field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      leftovers.push(message);
    }
  }
  return leftovers;
}

/** The one message to show under a control, for the validators this app uses. */
export function controlError(control: AbstractControl, label: string): string {
  const errors = control.errors;
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return $localize`:@@core.forms.required:Enter ${label}:field:.`;
  if (errors['email']) return $localize`:@@core.forms.email:Enter an email address like name@example.com.`;
  if (errors['minlength']) {
    const count = (errors['minlength'] as { requiredLength: number }).requiredLength;
    return $localize`:@@core.forms.minlength:Use at least ${count}:count: characters.`;
  }
  if (errors['maxlength']) {
    const count = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return $localize`:@@core.forms.maxlength:Use at most ${count}:count: characters.`;
  }
  if (errors['min']) {
    const min = (errors['min'] as { min: number }).min;
    return $localize`:@@core.forms.min:Use a number of at least ${min}:min:.`;
  }
  if (errors['max']) {
    const max = (errors['max'] as { max: number }).max;
    return $localize`:@@core.forms.max:Use a number of at most ${max}:max:.`;
  }
  if (errors['whole']) return $localize`:@@core.forms.whole:Use a whole number.`;
  return $localize`:@@core.forms.check:Check ${label}:field:.`;
}
