import * as fc from 'fast-check';

import { fieldsOf } from '../lib/fields';
import type { ExerciseDefinition } from '../lib/model';
import { getDefinition } from '../lib/registry';
import { validateAnswers } from '../lib/validate-answers';
import {
  arbitraryAnswersFor,
  arbitraryFieldAnswer,
  loremText,
  unicodeText,
} from './answers.arbitrary';

function released(key: string): ExerciseDefinition {
  const definition = getDefinition(key, 1);
  if (!definition) {
    throw new Error(`${key} v1 is missing`);
  }
  return definition;
}

describe('arbitraryAnswersFor', () => {
  const definition = released('set-boundaries');
  const ids = fieldsOf(definition).map((field) => field.id);
  const requiredIds = fieldsOf(definition)
    .filter((field) => field.required)
    .map((field) => field.id);

  it("answers every question with fill 'all'", () => {
    fc.assert(
      fc.property(
        arbitraryAnswersFor(definition, { fill: 'all' }),
        (answers) => {
          expect(Object.keys(answers)).toEqual(ids);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("answers only required questions with fill 'required'", () => {
    fc.assert(
      fc.property(
        arbitraryAnswersFor(definition, { fill: 'required' }),
        (answers) => {
          expect(Object.keys(answers)).toEqual(requiredIds);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('sometimes skips optional questions by default', () => {
    const sizes = fc
      .sample(arbitraryAnswersFor(definition), { numRuns: 50, seed: 42 })
      .map((answers) => Object.keys(answers).length);
    expect(Math.min(...sizes)).toBeLessThan(ids.length);
    expect(Math.max(...sizes)).toBeGreaterThan(requiredIds.length);
  });

  it('is reproducible with a seed, for data generation', () => {
    const first = fc.sample(
      arbitraryAnswersFor(definition, { text: loremText }),
      { numRuns: 3, seed: 7 },
    );
    const again = fc.sample(
      arbitraryAnswersFor(definition, { text: loremText }),
      { numRuns: 3, seed: 7 },
    );
    expect(again).toEqual(first);
  });
});

describe('arbitraryFieldAnswer', () => {
  it('gives no answer for a choice without options', () => {
    const [value] = fc.sample(
      arbitraryFieldAnswer({ id: 'c', type: 'choice', label: 'C' }),
      1,
    );
    expect(value).toBeUndefined();
  });
});

describe.each([
  ['unicodeText', unicodeText],
  ['loremText', loremText],
])('%s', (_name, text) => {
  it('makes non-empty, trimmed texts within the limit', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((max) => text(max).map((value) => [max, value] as const)),
        ([max, value]) => {
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(max);
          expect(value).toBe(value.trim());
        },
      ),
      { numRuns: 50 },
    );
  });
});

it('generates answers every released definition accepts on submit', () => {
  for (const key of [
    'acknowledge-the-breach',
    'communicate-openly',
    'set-boundaries',
  ]) {
    const definition = released(key);
    for (const answers of fc.sample(
      arbitraryAnswersFor(definition, { fill: 'all' }),
      { numRuns: 10, seed: 1 },
    )) {
      expect(validateAnswers(definition, answers, 'submit')).toEqual({
        ok: true,
        answers,
      });
    }
  }
});
