import { deepFreeze } from './deep-freeze';
import { acknowledgeTheBreachV1 } from './definitions/acknowledge-the-breach.v1';
import { communicateOpenlyV1 } from './definitions/communicate-openly.v1';
import { setBoundariesV1 } from './definitions/set-boundaries.v1';
import { weeklyCheckInV1 } from './definitions/weekly-check-in.v1';
import { createDefinitionsRegistry } from './definitions-registry';
import type { ExerciseDefinition } from './model';
import { validateDefinition } from './validate-definition';

/**
 * The built-in exercises, in the order of the trust-repair steps (the order counselors see), then the weekly
 * check-in that follows change over time.
 */
export const EXERCISE_KEYS = [
  'acknowledge-the-breach',
  'communicate-openly',
  'set-boundaries',
  'weekly-check-in',
] as const;

export type ExerciseKey = (typeof EXERCISE_KEYS)[number];

export function isExerciseKey(value: unknown): value is ExerciseKey {
  return (
    typeof value === 'string' &&
    (EXERCISE_KEYS as readonly string[]).includes(value)
  );
}

/**
 * Every released definition, every version, kept forever: answers given under a version are
 * always validated and shown with that version. Never edit or remove an entry; add a version.
 * Keep each key's versions together, keys in the order of `EXERCISE_KEYS`.
 */
export const RELEASED_DEFINITIONS: readonly ExerciseDefinition[] = deepFreeze([
  acknowledgeTheBreachV1,
  communicateOpenlyV1,
  setBoundariesV1,
  weeklyCheckInV1,
]);

/**
 * The built-ins pass the same schema as every practice exercise (`validateDefinition`): a released definition that
 * does not is a programming mistake, refused when the library loads.
 */
function checkedDefinitions(
  definitions: readonly ExerciseDefinition[],
): readonly ExerciseDefinition[] {
  for (const definition of definitions) {
    const result = validateDefinition(definition);
    if (!result.ok) {
      const problems = result.errors
        .map((error) => `${error.path}: ${error.message}`)
        .join('; ');
      throw new Error(
        `Exercise "${definition.key}" version ${definition.version} fails the definition schema: ${problems}`,
      );
    }
  }
  return definitions;
}

const registry = createDefinitionsRegistry(
  checkedDefinitions(RELEASED_DEFINITIONS),
);

/** The released definition with this key and version; `undefined` when there is none. */
export function getDefinition(
  key: string,
  version: number,
): ExerciseDefinition | undefined {
  return registry.get(key, version);
}

/** The newest released version of an exercise; `undefined` for an unknown key. */
export function latestDefinition(key: string): ExerciseDefinition | undefined {
  return registry.latest(key);
}

/** The newest released version of every exercise, in the order of `EXERCISE_KEYS`. */
export function latestDefinitions(): readonly ExerciseDefinition[] {
  return registry.latestAll();
}

/** The keys of the built-in exercises that are scored (a practice's own exercises may be scored too). */
export const SCORED_BUILT_IN_KEYS: readonly string[] = [...new Set(RELEASED_DEFINITIONS.filter((definition) => definition.scoring !== undefined).map((definition) => definition.key))];
