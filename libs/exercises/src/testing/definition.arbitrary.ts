import * as fc from 'fast-check';

import { PRIVATE_NOTE_FIELD_ID, SAFETY_CHECK_FIELD_ID } from '../lib/counselor-fields';
import type { ExerciseDefinition, Field, FieldType, Scoring, Section } from '../lib/model';
import { CLOSING_SECTION, DEFINITION_LIMITS, FIELD_TYPES } from '../lib/validate-definition';

/** A tidy, non-empty text of at most `max` characters (trimmed, single spaces). */
function tidyText(max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: Math.min(max, 60) })
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0 && text.length <= max);
}

const optionalText = (max: number) => fc.option(tidyText(max), { nil: undefined });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** One field of `type` with the id `id`: valid settings for its type, optional ones sometimes left out. */
export function arbitraryField(id: string, type: FieldType): fc.Arbitrary<Field> {
  const common = fc.record({
    label: tidyText(DEFINITION_LIMITS.labelMaxLength),
    help: optionalText(DEFINITION_LIMITS.helpMaxLength),
    required: fc.option(fc.boolean(), { nil: undefined }),
    counselorOnly: fc.option(fc.constant(true as const), { nil: undefined }),
    perspectiveLabels: fc.option(
      fc.record({ hurt: optionalText(DEFINITION_LIMITS.labelMaxLength), involved: optionalText(DEFINITION_LIMITS.labelMaxLength) }).map(withoutUndefined),
      { nil: undefined },
    ),
  });
  const limit = (max: number | undefined) => fc.option(fc.integer({ min: 1, max: max ?? 1 }), { nil: undefined });
  let own: fc.Arbitrary<Partial<Field>>;
  switch (type) {
    case 'scale':
      own = fc
        .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 20 }), tidyText(50), tidyText(50))
        .map(([min, span, minLabel, maxLabel]) => ({ min, max: min + span, minLabel, maxLabel }));
      break;
    case 'choice':
      own = fc
        .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/), { minLength: 2, maxLength: 6 })
        .chain((values) =>
          fc.record({
            options: fc.tuple(...values.map((value) => tidyText(80).map((label) => ({ value, label })))),
            flagWhen: fc.option(fc.subarray(values, { minLength: 1 }), { nil: undefined }),
          }),
        )
        .map(withoutUndefined);
      break;
    default:
      own = fc
        .record({ maxLength: limit(DEFINITION_LIMITS.maxLength[type]), maxItems: limit(DEFINITION_LIMITS.maxItems[type]) })
        .map((limits) => ({
          ...(DEFINITION_LIMITS.maxLength[type] !== undefined && limits.maxLength !== undefined && { maxLength: limits.maxLength }),
          ...(DEFINITION_LIMITS.maxItems[type] !== undefined && limits.maxItems !== undefined && { maxItems: limits.maxItems }),
        }));
  }
  return fc.tuple(common, own).map(([c, o]) => withoutUndefined({ id, type, ...c, ...o }) as Field);
}

const fieldId = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,14}$/).filter((id) => id !== PRIVATE_NOTE_FIELD_ID && id !== SAFETY_CHECK_FIELD_ID);

/**
 * A valid definition (it passes `validateDefinition`): 1–4 sections of 1–4 fields of every type, unique ids, the
 * closing section at the end, sometimes a scoring block over some of its scales.
 */
export function arbitraryDefinition(): fc.Arbitrary<ExerciseDefinition> {
  return fc
    .record({
      key: fc.stringMatching(/^custom-[a-z0-9]{1,12}-[a-z0-9]{6}$/),
      version: fc.integer({ min: 1, max: 50 }),
      title: tidyText(DEFINITION_LIMITS.titleMaxLength),
      summary: tidyText(DEFINITION_LIMITS.summaryMaxLength),
      shape: fc.array(fc.array(fc.constantFrom(...FIELD_TYPES), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    })
    .chain(({ shape, ...head }) => {
      const count = shape.reduce((n, types) => n + types.length, 0);
      return fc.uniqueArray(fieldId, { minLength: count, maxLength: count }).chain((ids) => {
        let next = 0;
        const sections = shape.map((types, s) =>
          fc
            .record({
              title: tidyText(DEFINITION_LIMITS.titleMaxLength),
              intro: optionalText(DEFINITION_LIMITS.introMaxLength),
              fields: fc.tuple(...types.map((type) => arbitraryField(ids[next++] ?? `field${next}`, type))),
            })
            .map((section) => withoutUndefined({ id: `section-${s + 1}`, ...section }) as Section),
        );
        return fc.tuple(fc.tuple(...sections), fc.boolean()).chain(([own, scored]) => {
          const scales = own.flatMap((section) => section.fields).filter((field) => field.type === 'scale');
          const base: ExerciseDefinition = { ...head, sections: [...own, CLOSING_SECTION] };
          if (!scored || scales.length === 0) return fc.constant(base);
          return fc
            .subarray(scales, { minLength: 1 })
            .chain((picked) => fc.tuple(...picked.map((field) => fc.boolean().map((reverse) => ({ fieldId: field.id, ...(reverse && { reverse }) })))))
            .map((fields): ExerciseDefinition => {
              const scoring: Scoring = { fields };
              const min = picked(fields, scales, 'min');
              const max = picked(fields, scales, 'max');
              return { ...base, scoring: { ...scoring, bands: [{ min, max, label: 'Any score' }] } };
            });
        });
      });
    });
}

function picked(items: readonly { fieldId: string }[], scales: readonly Field[], end: 'min' | 'max'): number {
  return items.reduce((sum, item) => sum + (scales.find((field) => field.id === item.fieldId)?.[end] ?? 0), 0);
}
