import { isPracticeExerciseKey } from '@trp/contracts';
import { type ExerciseDefinition, getDefinition, latestDefinition, localizeDefinition } from '@trp/exercises';
import { pageLocale } from '@trp/web-ui/i18n';

/**
 * Finds the definition of an exercise: `version` given, that version (an assignment's); without it, the latest.
 * `undefined` while a practice exercise is still loading, or when there is none. The views get theirs from
 * `ExerciseDefinitions` (built-ins and the practice's own); the default answers the built-ins only.
 */
export type DefinitionLookup = (key: string, version?: number) => ExerciseDefinition | undefined;

/**
 * The bundled built-ins, in the page's language: the version asked for, else the latest (an assignment's version the
 * app does not know yet).
 */
export const builtInDefinition: DefinitionLookup = (key, version) => {
  if (isPracticeExerciseKey(key)) return undefined;
  const definition = (version === undefined ? undefined : getDefinition(key, version)) ?? latestDefinition(key);
  return definition && localizeDefinition(definition, pageLocale());
};

/** A title for an exercise whose definition is not (yet) known: never the raw key of a practice exercise. */
export function fallbackTitle(key: string): string {
  return isPracticeExerciseKey(key) ? $localize`:@@caseload.common.practice-exercise:Practice exercise` : key;
}
