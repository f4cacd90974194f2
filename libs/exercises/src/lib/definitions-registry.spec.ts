import { createDefinitionsRegistry } from './definitions-registry';
import type { ExerciseDefinition } from './model';

function definition(key: string, version: number): ExerciseDefinition {
  return {
    key,
    version,
    title: `${key} v${version}`,
    summary: '',
    sections: [],
  };
}

describe('createDefinitionsRegistry', () => {
  const registry = createDefinitionsRegistry([
    definition('b', 1),
    definition('a', 1),
    definition('b', 3),
    definition('b', 2),
    definition('c', 10),
    definition('c', 9),
  ]);

  it('finds each definition by key and version', () => {
    expect(registry.get('b', 2)?.title).toBe('b v2');
    expect(registry.get('c', 9)?.title).toBe('c v9');
  });

  it('answers undefined for an unknown key or version', () => {
    expect(registry.get('b', 4)).toBeUndefined();
    expect(registry.get('d', 1)).toBeUndefined();
    expect(registry.latest('d')).toBeUndefined();
  });

  it('picks the highest version as the latest, whatever the order given', () => {
    expect(registry.latest('b')?.version).toBe(3);
    expect(registry.latest('c')?.version).toBe(10);
    expect(registry.latest('a')?.version).toBe(1);
  });

  it('lists the latest of each key in the order keys first appear', () => {
    expect(registry.latestAll().map((d) => `${d.key}@${d.version}`)).toEqual([
      'b@3',
      'a@1',
      'c@10',
    ]);
  });

  it('hands out a list callers cannot change', () => {
    expect(Object.isFrozen(registry.latestAll())).toBe(true);
  });

  it('refuses the same key and version twice', () => {
    expect(() =>
      createDefinitionsRegistry([definition('a', 1), definition('a', 1)]),
    ).toThrow('Exercise "a" version 1 is registered twice.');
  });
});
