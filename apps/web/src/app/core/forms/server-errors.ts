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
  if (errors['required']) return `Enter ${label}.`;
  if (errors['email']) return 'Enter an email address like name@example.com.';
  if (errors['minlength']) return `Use at least ${(errors['minlength'] as { requiredLength: number }).requiredLength} characters.`;
  if (errors['maxlength']) return `Use at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters.`;
  if (errors['min']) return `Use a number of at least ${(errors['min'] as { min: number }).min}.`;
  if (errors['max']) return `Use a number of at most ${(errors['max'] as { max: number }).max}.`;
  if (errors['whole']) return 'Use a whole number.';
  return `Check ${label}.`;
}
