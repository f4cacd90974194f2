import { answerMessagesFor } from './answer-messages';
import type { ExerciseLocale } from './locale';
import { fieldsOf } from './fields';
import type { Answers, AnswerValue, ExerciseDefinition, Field } from './model';
import { isPlainObject, ownValue, pathKey } from './plain-json';
import { type AnswerError, validateFieldValue } from './validate-field-value';

export type { AnswerError } from './validate-field-value';

/** `draft`: partial answers are fine. `submit`: required questions must be answered too. */
export type ValidationMode = 'draft' | 'submit';

export type AnswersValidation =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly errors: readonly AnswerError[] };

/**
 * Checks answers (any JSON, untrusted) against a definition. Never throws. On success returns
 * the normalized answers: texts trimmed, empty answers left out ('' , [], "I" statements with
 * four empty parts, feelings tables with both columns empty, `null`), keys in the form's order.
 * Validating normalized answers again gives them back unchanged. Messages come in `locale` (pass the definition in
 * that locale too, so choice options are quoted as the person reads them).
 */
export function validateAnswers(
  definition: ExerciseDefinition,
  answers: unknown,
  mode: ValidationMode,
  locale: ExerciseLocale = 'en',
): AnswersValidation {
  const messages = answerMessagesFor(locale);
  if (!isPlainObject(answers)) {
    return { ok: false, errors: [{ path: '', message: messages.notAnObject }] };
  }
  const errors: AnswerError[] = [];
  const normalized: [string, AnswerValue][] = [];
  const fields = new Map<string, Field>(
    fieldsOf(definition).map((field) => [field.id, field]),
  );

  for (const field of fields.values()) {
    const raw = ownValue(answers, field.id);
    const errorCount = errors.length;
    const value =
      raw === undefined || raw === null
        ? undefined
        : validateFieldValue(field, raw, errors, messages);
    if (errors.length > errorCount) {
      continue;
    }
    if (value !== undefined) {
      normalized.push([field.id, value]);
    } else if (mode === 'submit' && field.required) {
      errors.push({ path: field.id, message: messages.required });
    }
  }
  for (const key of Object.keys(answers)) {
    if (!fields.has(key)) {
      errors.push({ path: pathKey(key), message: messages.unknownQuestion });
    }
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, answers: Object.fromEntries(normalized) };
}
