import type { FormGroup } from '@angular/forms';
import { applyServerErrors } from '../../../core/forms/server-errors';
import { errorMessage, fieldErrors } from '../../../core/http/api-error';

/**
 * After a failed save: puts the server's field errors on the form's controls and answers the one
 * sentence to show above the buttons.
 */
export function formErrorMessage(form: FormGroup, error: unknown, fallback: string): string {
  const onFields = Object.keys(fieldErrors(error)).length;
  const leftovers = applyServerErrors(form, error);
  if (leftovers.length > 0) return leftovers.join(' ');
  if (onFields > 0) return $localize`:@@caseload.form.check-highlighted:Please check the highlighted answers.`;
  return errorMessage(error, fallback);
}
