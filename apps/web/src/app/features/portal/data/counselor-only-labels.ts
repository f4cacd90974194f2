import type { ExerciseDefinition } from '@trp/exercises';

export const COUNSELOR_ONLY_NOTE = 'Only your counselor sees this — never your partner.';

/**
 * The definition as the partner's form shows it: every counselor-only question (the private note, the safety
 * check) carries a clear "Only your counselor sees this" in its help. Display only: answers are validated
 * against the original definition (same ids).
 */
export function withCounselorOnlyLabels(definition: ExerciseDefinition): ExerciseDefinition {
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) => {
        if (!field.counselorOnly) return field;
        const rest = (field.help ?? '').replace(/^Only your counselor[^.]*\.\s*/, '');
        return { ...field, help: rest ? `${COUNSELOR_ONLY_NOTE} ${rest}` : COUNSELOR_ONLY_NOTE };
      }),
    })),
  };
}
