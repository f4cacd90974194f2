import {
  EXERCISE_KEYS,
  getDefinition,
  isExerciseKey,
  latestDefinition,
  latestDefinitions,
  RELEASED_DEFINITIONS,
} from './registry';

describe('registry', () => {
  it('lists the three built-in exercises in the order of the trust-repair steps, then the weekly check-in', () => {
    expect(EXERCISE_KEYS).toEqual([
      'acknowledge-the-breach',
      'communicate-openly',
      'set-boundaries',
      'weekly-check-in',
    ]);
  });

  it('has a released definition for every key, and no key without one', () => {
    expect([
      ...new Set(RELEASED_DEFINITIONS.map((definition) => definition.key)),
    ]).toEqual([...EXERCISE_KEYS]);
  });

  it('finds a definition by key and version', () => {
    const definition = getDefinition('communicate-openly', 1);
    expect(definition?.key).toBe('communicate-openly');
    expect(definition?.version).toBe(1);
  });

  it.each([
    ['unknown', 1],
    ['communicate-openly', 2],
    ['communicate-openly', 0],
    ['communicate-openly', 1.5],
    ['communicate-openly', Number.NaN],
    ['constructor', 1],
    ['__proto__', 1],
    ['', 1],
  ])('answers undefined for %p version %p', (key, version) => {
    expect(getDefinition(key, version)).toBeUndefined();
  });

  it('answers undefined for the latest version of an unknown key', () => {
    expect(latestDefinition('unknown')).toBeUndefined();
    expect(latestDefinition('toString')).toBeUndefined();
  });

  it('gives the latest version of each exercise, in the order of EXERCISE_KEYS', () => {
    expect(latestDefinitions().map((definition) => definition.key)).toEqual([
      ...EXERCISE_KEYS,
    ]);
    for (const key of EXERCISE_KEYS) {
      const versions = RELEASED_DEFINITIONS.filter(
        (definition) => definition.key === key,
      ).map((d) => d.version);
      expect(latestDefinition(key)?.version).toBe(Math.max(...versions));
    }
  });

  it('hands out frozen definitions, so no caller can change a released version', () => {
    const definition = latestDefinitions()[0];
    expect(Object.isFrozen(definition)).toBe(true);
    expect(Object.isFrozen(definition.sections[0].fields[0])).toBe(true);
    expect(() => {
      (definition as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('recognises exercise keys', () => {
    expect(isExerciseKey('set-boundaries')).toBe(true);
    expect(isExerciseKey('Set-Boundaries')).toBe(false);
    expect(isExerciseKey(1)).toBe(false);
  });
});
