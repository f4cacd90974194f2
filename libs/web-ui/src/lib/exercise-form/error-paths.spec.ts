import type { Field } from '@trp/exercises';
import {
  EMOTIONS_FIELD,
  FEELINGS_TABLE_FIELD,
  I_STATEMENT_FIELD,
  LIST_FIELD,
  LONG_TEXT_FIELD,
} from '../../testing/exercise-fixtures';
import { describeError, errorsForField, pathIsWithin, splitErrorPath } from './error-paths';

describe('error paths', () => {
  it('splits a path into the field id and the rest', () => {
    expect(splitErrorPath('needs')).toEqual({ fieldId: 'needs', rest: '' });
    expect(splitErrorPath('statements[0].feel')).toEqual({ fieldId: 'statements', rest: '[0].feel' });
    expect(splitErrorPath('feelings.mine[1].intensity')).toEqual({
      fieldId: 'feelings',
      rest: '.mine[1].intensity',
    });
    expect(splitErrorPath('')).toEqual({ fieldId: '', rest: '' });
  });

  it('keeps the errors of one field, relative to it', () => {
    const errors = [
      { path: 'needs[2]', message: 'a' },
      { path: 'needsMore', message: 'b' },
      { path: 'needs', message: 'c' },
    ];
    expect(errorsForField(errors, 'needs')).toEqual([
      { path: '[2]', message: 'a' },
      { path: '', message: 'c' },
    ]);
  });

  it('tells whether a path lies within another', () => {
    expect(pathIsWithin('[1].feel', '[1]')).toBe(true);
    expect(pathIsWithin('[10]', '[1]')).toBe(false);
    expect(pathIsWithin('.mine[0]', '.mine')).toBe(true);
    expect(pathIsWithin('.mineral', '.mine')).toBe(false);
    expect(pathIsWithin('[0]', '')).toBe(true);
  });

  it.each<[Field, unknown, string, string]>([
    [LONG_TEXT_FIELD, 'x', '', 'Too long.'],
    [LIST_FIELD, ['a', 'b'], '[1]', 'Item 2: Too long.'],
    [I_STATEMENT_FIELD, [], '[0].need', 'Statement 1, “and I need”: Too long.'],
    [I_STATEMENT_FIELD, [], '[2]', 'Statement 3: Too long.'],
    [EMOTIONS_FIELD, [{ emotion: 'guilt', intensity: 3 }], '[0].intensity', 'Guilt: Too long.'],
    [EMOTIONS_FIELD, [], '[4]', 'Emotion 5: Too long.'],
    [
      FEELINGS_TABLE_FIELD,
      { mine: [], partner: [{ emotion: 'fear', intensity: 2 }] },
      '.partner[0].intensity',
      'What I believe my partner feels, Fear: Too long.',
    ],
    [FEELINGS_TABLE_FIELD, undefined, '.mine', 'What I feel: Too long.'],
  ])('says where the error is (%#)', (field, value, path, expected) => {
    expect(describeError(field, value as never, { path, message: 'Too long.' })).toBe(expected);
  });
});
