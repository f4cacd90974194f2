import { fieldsOf } from './fields';
import type { Answers, AnswerValue, ExerciseDefinition } from './model';

/**
 * The answers one partner may see of the other's: only fields of the definition that are not
 * `counselorOnly`. Anything else (counselor-only fields, keys the definition does not know) is
 * left out, so an unexpected key can never leak.
 */
export function partnerVisibleAnswers(
  definition: ExerciseDefinition,
  answers: Answers,
): Answers {
  const visible: [string, AnswerValue][] = [];
  for (const field of fieldsOf(definition)) {
    if (field.counselorOnly || !Object.hasOwn(answers, field.id)) {
      continue;
    }
    visible.push([field.id, answers[field.id]]);
  }
  return Object.fromEntries(visible);
}
