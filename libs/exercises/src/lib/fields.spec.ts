import { fieldsOf, getField } from './fields';
import type { ExerciseDefinition } from './model';

const definition: ExerciseDefinition = {
  key: 'k',
  version: 1,
  title: 'T',
  summary: 'S',
  sections: [
    {
      id: 'one',
      title: 'One',
      fields: [{ id: 'a', type: 'shortText', label: 'A' }],
    },
    { id: 'empty', title: 'Empty', fields: [] },
    {
      id: 'two',
      title: 'Two',
      fields: [
        { id: 'b', type: 'longText', label: 'B' },
        { id: 'c', type: 'scale', label: 'C' },
      ],
    },
  ],
};

describe('fieldsOf', () => {
  it('lists every field of every section in form order', () => {
    expect(fieldsOf(definition).map((field) => field.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('getField', () => {
  it('finds a field in any section', () => {
    expect(getField(definition, 'c')?.label).toBe('C');
  });

  it('answers undefined for an unknown id, including prototype names', () => {
    expect(getField(definition, 'z')).toBeUndefined();
    expect(getField(definition, 'constructor')).toBeUndefined();
  });
});
