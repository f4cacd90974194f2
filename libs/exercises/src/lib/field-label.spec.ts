import { fieldLabel } from './field-label';
import { fieldsOf } from './fields';
import type { Field } from './model';
import { getDefinition } from './registry';

const both: Field = {
  id: 'x',
  type: 'longText',
  label: 'Neutral',
  perspectiveLabels: {
    hurt: 'For the hurt partner',
    involved: 'For the involved partner',
  },
};

describe('fieldLabel', () => {
  it('uses the wording for the partner’s perspective', () => {
    expect(fieldLabel(both, 'hurt')).toBe('For the hurt partner');
    expect(fieldLabel(both, 'involved')).toBe('For the involved partner');
  });

  it('uses the neutral label for an unspecified perspective', () => {
    expect(fieldLabel(both, 'unspecified')).toBe('Neutral');
  });

  it('falls back to the neutral label when a perspective has no wording of its own', () => {
    const hurtOnly: Field = {
      ...both,
      perspectiveLabels: { hurt: 'Hurt only' },
    };
    expect(fieldLabel(hurtOnly, 'involved')).toBe('Neutral');
    expect(
      fieldLabel({ id: 'y', type: 'shortText', label: 'Plain' }, 'hurt'),
    ).toBe('Plain');
  });

  it('asks the involved partner about responsibility and the hurt partner about impact', () => {
    const definition = getDefinition('acknowledge-the-breach', 1);
    const field =
      definition &&
      fieldsOf(definition).find(
        (candidate) => candidate.id === 'mostImportant',
      );
    if (!field) {
      throw new Error('acknowledge-the-breach v1 has no mostImportant field');
    }
    expect(fieldLabel(field, 'involved')).toMatch(/responsibility/);
    expect(fieldLabel(field, 'hurt')).toMatch(/hurt you/);
    expect(fieldLabel(field, 'unspecified')).toBe(field.label);
  });
});
