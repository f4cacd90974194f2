import {
  asEmotions,
  asFeelingsTable,
  asInteger,
  asIStatements,
  asStringList,
  asText,
  isEmptyAnswer,
} from './answer-values';

describe('answer values', () => {
  it('narrows each shape and treats a wrong shape as no answer', () => {
    expect(asText('hi')).toBe('hi');
    expect(asText('')).toBeUndefined();
    expect(asText(3)).toBeUndefined();
    expect(asInteger(3)).toBe(3);
    expect(asInteger(3.5)).toBeUndefined();
    expect(asInteger('3')).toBeUndefined();
    expect(asStringList(['a', 'b'])).toEqual(['a', 'b']);
    expect(asStringList('a')).toBeUndefined();
    expect(asEmotions([{ emotion: 'anger', intensity: 2 }, { emotion: 'joy', intensity: 1 }] as never)).toEqual([
      { emotion: 'anger', intensity: 2 },
    ]);
    expect(asIStatements([{ feel: 'a', when: '', because: '', need: '' }, { feel: 'b' }] as never)).toEqual([
      { feel: 'a', when: '', because: '', need: '' },
    ]);
    expect(asEmotions([{ emotion: 'anger' }, { emotion: 'fear', intensity: 'x' }] as never)).toEqual([{ emotion: 'anger' }]);
    expect(asFeelingsTable({ mine: [{ emotion: 'hurt', intensity: 1 }] } as never)).toEqual({
      mine: [{ emotion: 'hurt', intensity: 1 }],
      partner: [],
    });
    expect(asFeelingsTable([] as never)).toBeUndefined();
  });

  it('knows an empty answer', () => {
    expect(isEmptyAnswer(undefined)).toBe(true);
    expect(isEmptyAnswer('')).toBe(true);
    expect(isEmptyAnswer([])).toBe(true);
    expect(isEmptyAnswer({ mine: [], partner: [] })).toBe(true);
    expect(isEmptyAnswer(0)).toBe(false);
    expect(isEmptyAnswer('x')).toBe(false);
    expect(isEmptyAnswer({ mine: [], partner: [{ emotion: 'fear', intensity: 0 }] })).toBe(false);
  });
});
