import * as fc from 'fast-check';

import { arbitraryAnswersFor, loremText } from '../testing';
import type { ExerciseDefinition } from './model';
import { RELEASED_DEFINITIONS } from './registry';
import { validateAnswers, type ValidationMode } from './validate-answers';

const MODES: readonly ValidationMode[] = ['draft', 'submit'];
const definitions = RELEASED_DEFINITIONS.map(
  (definition) =>
    [`${definition.key}@${definition.version}`, definition] as const,
);

/** Objects keyed (sometimes) by the definition's field ids, with any JSON as values. */
function jsonAnswersNear(
  definition: ExerciseDefinition,
): fc.Arbitrary<unknown> {
  const ids = definition.sections.flatMap((section) =>
    section.fields.map((field) => field.id),
  );
  return fc.dictionary(
    fc.oneof(
      fc.constantFrom(...ids),
      fc.constantFrom('__proto__', 'constructor'),
      fc.string(),
    ),
    fc.jsonValue({ stringUnit: 'binary' }),
    { noNullPrototype: true },
  );
}

/** Like stored text, but untidy: any code points (NUL, controls), sometimes a lone surrogate. */
const untidyText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.string({ unit: 'binary', maxLength }),
      fc.constantFrom('', '\uD800', '\uDFFF', '\u0000'),
    )
    .map(([text, tail]) => text + tail);

/** Pads every text with `pad`, adds an empty item to text lists and an empty "I" statement. */
function untidy(value: unknown, pad: string): unknown {
  if (typeof value === 'string') {
    return `${pad}${value}${pad}`;
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => untidy(item, pad));
    if (items.every((item) => typeof item === 'string')) {
      return [pad, ...items];
    }
    if (
      items.every(
        (item) => typeof item === 'object' && item !== null && 'feel' in item,
      )
    ) {
      return [...items, { feel: pad, when: '', because: pad, need: '' }];
    }
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, untidy(item, pad)]),
    );
  }
  return value;
}

/** Answers that are valid once normalized, but not yet normalized. */
function untidyAnswersFor(
  definition: ExerciseDefinition,
): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      arbitraryAnswersFor(definition, { text: untidyText }),
      fc.constantFrom(' ', '\n', ' \t ', '\u0000', '\u00A0'),
    )
    .map(([answers, pad]) => untidy(answers, pad));
}

const anythingAtAll = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBigInt: true,
});

describe.each(definitions)('validateAnswers on %s', (_name, definition) => {
  describe.each(MODES)('in %s mode', (mode) => {
    it('returns a result for any JSON and never throws', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue({ stringUnit: 'binary' }),
            jsonAnswersNear(definition),
          ),
          (answers) => {
            const result = validateAnswers(definition, answers, mode);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) {
              expect(result.errors.length).toBeGreaterThan(0);
            }
          },
        ),
      );
    });

    it('returns a result for any JavaScript value and never throws', () => {
      fc.assert(
        fc.property(
          fc.oneof(anythingAtAll, fc.dictionary(fc.string(), anythingAtAll)),
          (answers) => {
            expect(typeof validateAnswers(definition, answers, mode).ok).toBe(
              'boolean',
            );
          },
        ),
      );
    });

    it('gives back exactly the same answers when validating accepted answers again', () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.oneof(
            jsonAnswersNear(definition),
            untidyAnswersFor(definition),
            arbitraryAnswersFor(definition, { fill: 'all' }),
          ),
          (answers) => {
            const first = validateAnswers(definition, answers, mode);
            fc.pre(first.ok);
            if (first.ok) {
              accepted++;
              expect(validateAnswers(definition, first.answers, mode)).toEqual(
                first,
              );
              // And the stored form survives a JSON round trip unchanged.
              expect(JSON.parse(JSON.stringify(first.answers))).toStrictEqual(
                first.answers,
              );
            }
          },
        ),
        { numRuns: 300 },
      );
      // The property must not hold only vacuously (every input rejected).
      expect(accepted).toBeGreaterThan(50);
    });

    it('accepts answers generated from the definition, unchanged', () => {
      fc.assert(
        fc.property(arbitraryAnswersFor(definition), (answers) => {
          expect(validateAnswers(definition, answers, mode)).toEqual({
            ok: true,
            answers,
          });
        }),
      );
    });
  });

  it('accepts readable generated answers that fill every question, on submit', () => {
    fc.assert(
      fc.property(
        arbitraryAnswersFor(definition, { fill: 'all', text: loremText }),
        (answers) => {
          expect(validateAnswers(definition, answers, 'submit')).toEqual({
            ok: true,
            answers,
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
