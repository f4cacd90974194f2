import type { ExerciseDefinition, Field } from './model';

/** Every field of a definition, in the order the form shows them. */
export function fieldsOf(definition: ExerciseDefinition): readonly Field[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** The field with this id, or `undefined` when the definition has none. */
export function getField(
  definition: ExerciseDefinition,
  id: string,
): Field | undefined {
  return fieldsOf(definition).find((field) => field.id === id);
}
