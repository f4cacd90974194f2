import * as fc from 'fast-check';

import { EMOTION_KEYS, MAX_INTENSITY, MIN_INTENSITY } from '../lib/emotions';
import { fieldsOf } from '../lib/fields';
import { maxItemsOf, maxLengthOf, scaleRangeOf } from '../lib/limits';
import type {
  Answers,
  AnswerValue,
  EmotionAnswer,
  ExerciseDefinition,
  FeelingsTableAnswer,
  Field,
  IStatementAnswer,
} from '../lib/model';
import { normalizeText } from '../lib/normalize-text';

/** Makes texts of at most `maxLength` UTF-16 code units. */
export type TextArbitrary = (maxLength: number) => fc.Arbitrary<string>;

export interface AnswersArbitraryOptions {
  /**
   * Which questions get an answer: `some` (default) answers each optional question or skips it,
   * `all` answers every question, `required` only the required ones.
   */
  readonly fill?: 'some' | 'all' | 'required';
  /** Where texts come from; defaults to `unicodeText` (any printable Unicode). */
  readonly text?: TextArbitrary;
}

/** Texts that are already in stored form (trimmed, clean), non-empty, within `maxLength`. */
function storedText(
  source: fc.Arbitrary<string>,
  maxLength: number,
): fc.Arbitrary<string> {
  return source
    .map((text) => normalizeText(text))
    .filter((text) => text.length > 0 && text.length <= maxLength);
}

/** Any printable Unicode (emoji, accents, scripts of every kind). */
export const unicodeText: TextArbitrary = (maxLength) =>
  storedText(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
    maxLength,
  );

/** Readable filler sentences, for demo data and screenshots. */
export const loremText: TextArbitrary = (maxLength) =>
  storedText(
    fc
      .lorem({ mode: 'sentences', maxCount: 3 })
      .map((text) => text.slice(0, maxLength)),
    maxLength,
  );

function emotionAnswers(
  minLength: number,
  maxLength: number,
): fc.Arbitrary<EmotionAnswer[]> {
  return fc.uniqueArray(
    fc.record(
      {
        emotion: fc.constantFrom(...EMOTION_KEYS),
        intensity: fc.integer({ min: MIN_INTENSITY, max: MAX_INTENSITY }),
      },
      // An intensity is optional: a feeling may be named without a strength.
      { noNullPrototype: true, requiredKeys: ['emotion'] },
    ),
    {
      selector: (entry) => entry.emotion,
      minLength,
      maxLength: Math.min(maxLength, EMOTION_KEYS.length),
    },
  );
}

function iStatement(
  text: fc.Arbitrary<string>,
): fc.Arbitrary<IStatementAnswer> {
  const part = fc.oneof(text, fc.constant(''));
  return fc
    .tuple(part, part, part, part)
    .filter((parts) => parts.some((value) => value !== ''))
    .map(([feel, when, because, need]) => ({ feel, when, because, need }));
}

function feelingsTable(maxItems: number): fc.Arbitrary<FeelingsTableAnswer> {
  return fc
    .tuple(emotionAnswers(0, maxItems), emotionAnswers(0, maxItems))
    .filter(([mine, partner]) => mine.length + partner.length > 0)
    .map(([mine, partner]) => ({ mine, partner }));
}

/**
 * A non-empty, valid, already normalized answer to one field: `validateAnswers` keeps it as is.
 * A choice field without options has no valid answer and gives `fc.constant(undefined)`.
 */
export function arbitraryFieldAnswer(
  field: Field,
  options: AnswersArbitraryOptions = {},
): fc.Arbitrary<AnswerValue | undefined> {
  const text = options.text ?? unicodeText;
  const maxLength = maxLengthOf(field);
  const maxItems = maxItemsOf(field);
  switch (field.type) {
    case 'longText':
    case 'shortText':
      return text(maxLength);
    case 'scale': {
      const { min, max } = scaleRangeOf(field);
      return fc.integer({ min, max });
    }
    case 'choice': {
      const values = (field.options ?? []).map((option) => option.value);
      return values.length > 0
        ? fc.constantFrom(...values)
        : fc.constant(undefined);
    }
    case 'emotions':
      return emotionAnswers(1, maxItems);
    case 'list':
      return fc.array(text(maxLength), { minLength: 1, maxLength: maxItems });
    case 'iStatement':
      return fc.array(iStatement(text(maxLength)), {
        minLength: 1,
        maxLength: maxItems,
      });
    case 'feelingsTable':
      return feelingsTable(maxItems);
  }
}

function shouldAnswer(
  field: Field,
  fill: AnswersArbitraryOptions['fill'],
): fc.Arbitrary<boolean> {
  if (field.required || fill === 'all') {
    return fc.constant(true);
  }
  return fill === 'required' ? fc.constant(false) : fc.boolean();
}

/**
 * Answers to a definition that pass `validateAnswers(definition, answers, 'submit')` and come
 * back unchanged: every required question answered, optional ones answered or skipped, every
 * bound respected, in stored (normalized) form, keys in the form's order. Also handy for
 * generating demo and test data: `fc.sample(arbitraryAnswersFor(definition), { numRuns: 1, seed })`.
 */
export function arbitraryAnswersFor(
  definition: ExerciseDefinition,
  options: AnswersArbitraryOptions = {},
): fc.Arbitrary<Answers> {
  type Entry = readonly [string, AnswerValue] | undefined;
  const entries = fieldsOf(definition).map((field) =>
    fc
      .tuple(
        shouldAnswer(field, options.fill),
        arbitraryFieldAnswer(field, options),
      )
      .map(
        ([answer, value]): Entry =>
          answer && value !== undefined ? [field.id, value] : undefined,
      ),
  );
  return fc
    .tuple(...entries)
    .map((pairs) =>
      Object.fromEntries(pairs.filter((pair) => pair !== undefined)),
    );
}
