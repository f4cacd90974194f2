import type { ExerciseDefinition } from './model';

/** Look-ups over a set of exercise definitions, each identified by `(key, version)`. */
export interface DefinitionsRegistry {
  /** The definition with this key and version; `undefined` when there is none. */
  get(key: string, version: number): ExerciseDefinition | undefined;
  /** The highest version of this key; `undefined` for an unknown key. */
  latest(key: string): ExerciseDefinition | undefined;
  /** The highest version of every key, keys in the order they first appear. */
  latestAll(): readonly ExerciseDefinition[];
}

/**
 * Builds the look-ups over `definitions`. Throws when two definitions share a key and version:
 * that is a programming mistake, caught by the registry's tests, never caused by user input.
 */
export function createDefinitionsRegistry(
  definitions: readonly ExerciseDefinition[],
): DefinitionsRegistry {
  const byKey = new Map<string, Map<number, ExerciseDefinition>>();
  for (const definition of definitions) {
    const versions =
      byKey.get(definition.key) ?? new Map<number, ExerciseDefinition>();
    if (versions.has(definition.version)) {
      throw new Error(
        `Exercise "${definition.key}" version ${definition.version} is registered twice.`,
      );
    }
    versions.set(definition.version, definition);
    byKey.set(definition.key, versions);
  }
  const latestByKey = new Map<string, ExerciseDefinition>();
  for (const [key, versions] of byKey) {
    const highest = Math.max(...versions.keys());
    const definition = versions.get(highest);
    if (definition) {
      latestByKey.set(key, definition);
    }
  }
  const latestAll = Object.freeze([...latestByKey.values()]);

  return {
    get: (key, version) => byKey.get(key)?.get(version),
    latest: (key) => latestByKey.get(key),
    latestAll: () => latestAll,
  };
}
