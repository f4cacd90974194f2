import { fieldsOf } from './fields';
import type { Answers, ExerciseDefinition } from './model';

export interface SafetyFlag {
  readonly fieldId: string;
  /** The chosen option value that raised the flag. */
  readonly value: string;
}

/** The choice answers that raise a safety flag for the counselor (values listed in `flagWhen`). */
export function safetyFlags(
  definition: ExerciseDefinition,
  answers: Answers,
): readonly SafetyFlag[] {
  const flags: SafetyFlag[] = [];
  for (const field of fieldsOf(definition)) {
    if (field.type !== 'choice' || !field.flagWhen?.length) {
      continue;
    }
    const value = Object.hasOwn(answers, field.id)
      ? answers[field.id]
      : undefined;
    if (typeof value === 'string' && field.flagWhen.includes(value)) {
      flags.push({ fieldId: field.id, value });
    }
  }
  return flags;
}
