import { SAFETY_CHECK_FIELD_ID } from './counselor-fields';
import type { ExerciseDefinition } from './model';
import { RELEASED_DEFINITIONS } from './registry';
import { safetyFlags } from './safety-flags';

describe('safetyFlags', () => {
  it.each(
    RELEASED_DEFINITIONS.map((d) => [`${d.key}@${d.version}`, d] as const),
  )(
    'flags "unsure" and "no" on the safety check, not "yes" (%s)',
    (_id, definition) => {
      expect(
        safetyFlags(definition, { [SAFETY_CHECK_FIELD_ID]: 'no' }),
      ).toEqual([{ fieldId: SAFETY_CHECK_FIELD_ID, value: 'no' }]);
      expect(
        safetyFlags(definition, { [SAFETY_CHECK_FIELD_ID]: 'unsure' }),
      ).toEqual([{ fieldId: SAFETY_CHECK_FIELD_ID, value: 'unsure' }]);
      expect(
        safetyFlags(definition, { [SAFETY_CHECK_FIELD_ID]: 'yes' }),
      ).toEqual([]);
      expect(safetyFlags(definition, {})).toEqual([]);
    },
  );

  it('reads only choice fields with flagWhen, in form order', () => {
    const definition: ExerciseDefinition = {
      key: 'k',
      version: 1,
      title: 'T',
      summary: 'S',
      sections: [
        {
          id: 's',
          title: 'S',
          fields: [
            { id: 'text', type: 'shortText', label: 'Text' },
            {
              id: 'plain',
              type: 'choice',
              label: 'Plain',
              options: [{ value: 'no', label: 'No' }],
            },
            {
              id: 'second',
              type: 'choice',
              label: 'Second',
              options: [{ value: 'bad', label: 'Bad' }],
              flagWhen: ['bad'],
            },
            {
              id: 'first',
              type: 'choice',
              label: 'First',
              options: [{ value: 'no', label: 'No' }],
              flagWhen: ['no'],
            },
          ],
        },
      ],
    };
    expect(
      safetyFlags(definition, {
        text: 'no',
        plain: 'no',
        first: 'no',
        second: 'bad',
      }),
    ).toEqual([
      { fieldId: 'second', value: 'bad' },
      { fieldId: 'first', value: 'no' },
    ]);
  });
});
