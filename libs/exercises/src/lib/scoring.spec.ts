import * as fc from 'fast-check';

import { weeklyCheckInV1 } from './definitions/weekly-check-in.v1';
import type { ExerciseDefinition, Field, Scoring } from './model';
import { RELEASED_DEFINITIONS } from './registry';
import { scoreOf, scoreRange, scoringProblems } from './scoring';

function scale(id: string, min = 1, max = 5): Field {
  return {
    id,
    type: 'scale',
    label: id,
    min,
    max,
    minLabel: 'low',
    maxLabel: 'high',
  };
}

function definitionWith(
  scoring: Scoring,
  fields: Field[] = [scale('a'), scale('b')],
): ExerciseDefinition {
  return {
    key: 'test',
    version: 1,
    title: 'Test',
    summary: 'Test',
    sections: [
      {
        id: 'one',
        title: 'One',
        fields: [
          ...fields,
          { id: 'note', type: 'shortText', label: 'Note', maxLength: 10 },
        ],
      },
    ],
    scoring,
  };
}

describe('scoringProblems', () => {
  it('accepts a sound block and an unscored definition', () => {
    expect(
      scoringProblems(
        definitionWith({
          fields: [{ fieldId: 'a' }, { fieldId: 'b', reverse: true }],
          bands: [
            { min: 2, max: 5, label: 'Low' },
            { min: 6, max: 10, label: 'High' },
          ],
        }),
      ),
    ).toEqual([]);
    for (const definition of RELEASED_DEFINITIONS)
      expect(scoringProblems(definition)).toEqual([]);
  });

  it('names a field that does not exist, is not a scale, or is scored twice', () => {
    expect(
      scoringProblems(definitionWith({ fields: [{ fieldId: 'missing' }] })),
    ).toEqual(['scoring.fields: missing is not a field of test']);
    expect(
      scoringProblems(definitionWith({ fields: [{ fieldId: 'note' }] })),
    ).toEqual([
      'scoring.fields: note is a shortText, only a scale can be scored',
    ]);
    expect(
      scoringProblems(
        definitionWith({ fields: [{ fieldId: 'a' }, { fieldId: 'a' }] }),
      ),
    ).toEqual(['scoring.fields: a is scored twice']);
    expect(scoringProblems(definitionWith({ fields: [] }))).toEqual([
      'scoring.fields: at least one field is scored',
    ]);
  });

  it('names bands outside the possible range, upside down, unlabelled or overlapping', () => {
    const fields = [{ fieldId: 'a' }, { fieldId: 'b' }];
    expect(
      scoringProblems(
        definitionWith({ fields, bands: [{ min: 1, max: 5, label: 'Low' }] }),
      ),
    ).toEqual([
      'scoring.bands: "Low" (1–5) is outside the possible range 2–10',
    ]);
    expect(
      scoringProblems(
        definitionWith({ fields, bands: [{ min: 6, max: 11, label: 'High' }] }),
      ),
    ).toEqual([
      'scoring.bands: "High" (6–11) is outside the possible range 2–10',
    ]);
    expect(
      scoringProblems(
        definitionWith({ fields, bands: [{ min: 6, max: 4, label: 'Odd' }] }),
      ),
    ).toEqual(['scoring.bands: "Odd" needs integer min ≤ max']);
    expect(
      scoringProblems(
        definitionWith({ fields, bands: [{ min: 2, max: 4, label: ' ' }] }),
      ),
    ).toEqual(['scoring.bands: every band has a label']);
    expect(
      scoringProblems(
        definitionWith({
          fields,
          bands: [
            { min: 5, max: 10, label: 'High' },
            { min: 2, max: 5, label: 'Low' },
          ],
        }),
      ),
    ).toEqual(['scoring.bands: "Low" and "High" overlap']);
  });
});

describe('scoreOf', () => {
  const definition = definitionWith({
    fields: [{ fieldId: 'a' }, { fieldId: 'b', reverse: true }],
    bands: [
      { min: 2, max: 5, label: 'Low' },
      { min: 6, max: 10, label: 'High' },
    ],
  });

  it('sums the scored scales, a reversed item counting min + max − value, with its band', () => {
    expect(scoreOf(definition, { a: 5, b: 1 })).toEqual({
      value: 10,
      band: 'High',
    });
    expect(scoreOf(definition, { a: 1, b: 5 })).toEqual({
      value: 2,
      band: 'Low',
    });
    expect(scoreOf(definition, { a: 3, b: 4, note: 'hi' })).toEqual({
      value: 5,
      band: 'Low',
    });
  });

  it('gives no band where none covers the value, and none for a definition without bands', () => {
    const gappy = definitionWith({
      fields: [{ fieldId: 'a' }],
      bands: [{ min: 1, max: 2, label: 'Low' }],
    });
    expect(scoreOf(gappy, { a: 4 })).toEqual({ value: 4 });
    expect(
      scoreOf(definitionWith({ fields: [{ fieldId: 'a' }] }), { a: 3 }),
    ).toEqual({ value: 3 });
  });

  it('gives no score when a scored item is missing or not a valid value, or the definition is unscored', () => {
    expect(scoreOf(definition, { a: 5 })).toBeUndefined();
    expect(scoreOf(definition, { a: 5, b: 6 })).toBeUndefined();
    expect(scoreOf(definition, { a: 5, b: 2.5 })).toBeUndefined();
    expect(scoreOf(definition, { a: '5', b: 2 })).toBeUndefined();
    expect(
      scoreOf(RELEASED_DEFINITIONS[0] as ExerciseDefinition, { readiness: 5 }),
    ).toBeUndefined();
  });

  it('scores the weekly check-in with its reversed item', () => {
    expect(scoreRange(weeklyCheckInV1)).toEqual({ min: 5, max: 25 });
    expect(
      scoreOf(weeklyCheckInV1, {
        trust: 5,
        feelingSafe: 5,
        closeness: 5,
        hope: 5,
        weighedOnMe: 1,
        safetyCheck: 'yes',
      }),
    ).toEqual({
      value: 25,
      band: 'A steadier week',
    });
    expect(
      scoreOf(weeklyCheckInV1, {
        trust: 1,
        feelingSafe: 1,
        closeness: 1,
        hope: 1,
        weighedOnMe: 5,
      }),
    ).toEqual({ value: 5, band: 'A hard week' });
  });

  it('always lands within the computed range, in a band when the bands cover the range', () => {
    const range = scoreRange(weeklyCheckInV1) ?? { min: 0, max: 0 };
    const answers = fc.record({
      trust: fc.integer({ min: 1, max: 5 }),
      feelingSafe: fc.integer({ min: 1, max: 5 }),
      closeness: fc.integer({ min: 1, max: 5 }),
      hope: fc.integer({ min: 1, max: 5 }),
      weighedOnMe: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(answers, (given) => {
        const score = scoreOf(weeklyCheckInV1, given);
        return (
          score !== undefined &&
          score.value >= range.min &&
          score.value <= range.max &&
          score.band !== undefined
        );
      }),
    );
  });

  it('reversing an item mirrors its contribution (property)', () => {
    const plain = definitionWith({ fields: [{ fieldId: 'a' }] }, [
      scale('a', 0, 10),
    ]);
    const reversed = definitionWith(
      { fields: [{ fieldId: 'a', reverse: true }] },
      [scale('a', 0, 10)],
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (value) => {
        return (
          (scoreOf(plain, { a: value })?.value ?? -1) +
            (scoreOf(reversed, { a: value })?.value ?? -1) ===
          10
        );
      }),
    );
  });
});
