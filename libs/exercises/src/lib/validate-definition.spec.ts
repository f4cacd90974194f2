import * as fc from 'fast-check';

import { arbitraryAnswersFor, arbitraryDefinition } from '../testing';
import type { ExerciseDefinition } from './model';
import { RELEASED_DEFINITIONS } from './registry';
import { validateAnswers } from './validate-answers';
import { CLOSING_SECTION, validateDefinition, withClosingSection } from './validate-definition';

type Json = Record<string, unknown>;

/** A deep, mutable copy to mutate. */
function copy(definition: ExerciseDefinition): Json {
  return JSON.parse(JSON.stringify(definition)) as Json;
}

function pathsOf(value: unknown): string[] {
  const result = validateDefinition(value);
  return result.ok ? [] : result.errors.map((error) => error.path);
}

const small: ExerciseDefinition = {
  key: 'custom-small-abc123',
  version: 1,
  title: 'Small',
  summary: 'A small exercise.',
  sections: [
    {
      id: 'first',
      title: 'First',
      fields: [
        { id: 'story', type: 'longText', label: 'Your story', maxLength: 2000 },
        { id: 'ready', type: 'scale', label: 'Ready?', min: 1, max: 10, minLabel: 'No', maxLabel: 'Yes' },
      ],
    },
    CLOSING_SECTION,
  ],
};

describe('validateDefinition', () => {
  it.each(RELEASED_DEFINITIONS.map((d) => [`${d.key}@${d.version}`, d] as const))('passes the built-in %s', (_id, definition) => {
    expect(validateDefinition(definition)).toEqual({ ok: true, definition });
  });

  it('passes a small practice exercise', () => {
    expect(validateDefinition(small).ok).toBe(true);
  });

  it('refuses what is not an object, naming the whole', () => {
    for (const value of [null, [], 'x', 3, undefined]) expect(pathsOf(value)).toEqual(['']);
  });

  it('names the exact path of each problem', () => {
    const cases: [string, (d: Json) => void, string[]][] = [
      ['scale max below min', (d) => (field(d, 0, 1)['max'] = 0), ['sections[0].fields[1].max']],
      ['scale without labels', (d) => delete field(d, 0, 1)['minLabel'], ['sections[0].fields[1].minLabel']],
      ['text too long a limit', (d) => (field(d, 0, 0)['maxLength'] = 4001), ['sections[0].fields[0].maxLength']],
      ['a setting of another type', (d) => (field(d, 0, 0)['options'] = []), ['sections[0].fields[0].options']],
      ['unknown type', (d) => (field(d, 0, 0)['type'] = 'video'), ['sections[0].fields[0].type']],
      ['duplicate field id', (d) => (field(d, 0, 1)['id'] = 'story'), ['sections[0].fields[1].id']],
      ['reserved field id', (d) => (field(d, 0, 0)['id'] = 'safetyCheck'), ['sections[0].fields[0].id']],
      ['reserved section id', (d) => (item(sections(d), 0)['id'] = 'for-your-counselor'), ['sections[0].id']],
      ['counselorOnly false', (d) => (field(d, 0, 0)['counselorOnly'] = false), ['sections[0].fields[0].counselorOnly']],
      ['perspective wording unknown key', (d) => (field(d, 0, 0)['perspectiveLabels'] = { partner: 'x' }), ['sections[0].fields[0].perspectiveLabels.partner']],
      ['empty label', (d) => (field(d, 0, 0)['label'] = '  '), ['sections[0].fields[0].label']],
      ['no closing section', (d) => sections(d).pop(), ['sections[0]']],
      ['closing section reworded', (d) => (field(d, 1, 1)['label'] = 'Are you ok?'), ['sections[1]']],
      ['scoring a text', (d) => (d['scoring'] = { fields: [{ fieldId: 'story' }] }), ['scoring.fields']],
      ['scoring shape', (d) => (d['scoring'] = { fields: [{ fieldId: 'ready', reverse: 'yes' }] }), ['scoring.fields[0].reverse']],
      ['unknown top-level key', (d) => (d['colour'] = 'red'), ['colour']],
      ['bad key', (d) => (d['key'] = 'Custom Key'), ['key']],
    ];
    for (const [name, mutate, expected] of cases) {
      const d = copy(small);
      mutate(d);
      expect([name, pathsOf(d)]).toEqual([name, expected]);
    }
  });

  it('checks choices: at least two distinct options, flagWhen naming them', () => {
    const d = copy(small);
    item(sections(d), 0)['fields'] = [{ id: 'pick', type: 'choice', label: 'Pick', options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }], flagWhen: ['c'] }];
    expect(pathsOf(d)).toEqual(['sections[0].fields[0].options[1].value', 'sections[0].fields[0].flagWhen[0]']);
  });

  it('reuses the scoring rules of scoring.ts (bands outside the range)', () => {
    const d = copy(small);
    d['scoring'] = { fields: [{ fieldId: 'ready' }], bands: [{ min: 0, max: 50, label: 'All' }] };
    const result = validateDefinition(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ path: 'scoring.bands', message: expect.stringContaining('outside the possible range 1–10') });
  });

  describe('withClosingSection', () => {
    it('appends the closing section, or replaces a trailing one (an export imports unchanged, a reworded one is put back)', () => {
      const own = small.sections.slice(0, 1);
      expect(withClosingSection(own)).toEqual(small.sections);
      const reworded = { ...CLOSING_SECTION, title: 'Changed' };
      expect(withClosingSection([...own, reworded])).toEqual(small.sections);
    });
  });

  describe('properties', () => {
    it('random valid definitions pass', () => {
      fc.assert(
        fc.property(arbitraryDefinition(), (definition) => {
          expect(validateDefinition(definition)).toEqual({ ok: true, definition });
        }),
        { numRuns: 100 },
      );
    });

    it('answers generated for a random definition validate and come back unchanged', () => {
      fc.assert(
        fc.property(
          arbitraryDefinition().chain((definition) => fc.tuple(fc.constant(definition), arbitraryAnswersFor(definition))),
          ([definition, answers]) => {
            expect(validateAnswers(definition, answers, 'submit')).toEqual({ ok: true, answers });
          },
        ),
        { numRuns: 60 },
      );
    });

    /** One mutation of a random definition and the path the error must name. */
    const mutations: readonly { name: string; apply: (d: Json) => string | undefined }[] = [
      {
        name: 'a scale whose max is not above its min',
        apply: (d) => locate(d, (f) => f['type'] === 'scale', (f, p) => ((f['max'] = f['min']), `${p}.max`)),
      },
      {
        name: 'a text limit above the type’s bound',
        apply: (d) => locate(d, (f) => f['type'] === 'longText', (f, p) => ((f['maxLength'] = 4001), `${p}.maxLength`)),
      },
      {
        name: 'a list with too many items',
        apply: (d) => locate(d, (f) => f['type'] === 'list', (f, p) => ((f['maxItems'] = 11), `${p}.maxItems`)),
      },
      {
        name: 'a choice with one option',
        apply: (d) =>
          locate(d, (f) => f['type'] === 'choice', (f, p) => ((f['options'] = (f['options'] as Json[]).slice(0, 1)), delete f['flagWhen'], `${p}.options`)),
      },
      {
        name: 'an unknown field type',
        apply: (d) => locate(d, (f) => f['type'] === 'feelingsTable' || f['type'] === 'emotions', (f, p) => ((f['type'] = 'drawing'), delete f['maxItems'], `${p}.type`)),
      },
      {
        name: 'an empty label',
        apply: (d) => locate(d, () => true, (f, p) => ((f['label'] = ''), `${p}.label`)),
      },
      {
        name: 'a field id used twice',
        apply: (d) => {
          const own = sections(d).slice(0, -1).flatMap((s) => s['fields'] as Json[]);
          const [first, second] = own;
          if (!first || !second) return undefined;
          second['id'] = first['id'];
          return pathOf(d, second) + '.id';
        },
      },
      {
        name: 'an empty section',
        apply: (d) => ((item(sections(d), 0)['fields'] = []), 'sections[0].fields'),
      },
      {
        name: 'the closing section removed',
        apply: (d) => (sections(d).pop(), `sections[${sections(d).length - 1}]`),
      },
      {
        name: 'the safety check made optional',
        apply: (d) => {
          const all = sections(d);
          const closing = item(all, all.length - 1);
          delete item(closing['fields'] as Json[], 1)['required'];
          return `sections[${all.length - 1}]`;
        },
      },
    ];

    it('mutated definitions fail, naming the mutated path', () => {
      fc.assert(
        fc.property(arbitraryDefinition(), fc.constantFrom(...mutations), (definition, mutation) => {
          const d = copy(definition);
          delete d['scoring']; // a mutation must not also break the scoring block
          const path = mutation.apply(d);
          fc.pre(path !== undefined);
          expect([mutation.name, pathsOf(d)]).toEqual([mutation.name, [path]]);
        }),
        { numRuns: 200 },
      );
    });
  });
});

function sections(d: Json): Json[] {
  return d['sections'] as Json[];
}

/** The item at `index`; a test mistake (not a finding) when there is none. */
function item(items: readonly Json[], index: number): Json {
  const found = items[index];
  if (!found) throw new Error(`No item ${index}`);
  return found;
}

function field(d: Json, s: number, f: number): Json {
  return item(item(sections(d), s)['fields'] as Json[], f);
}

function pathOf(d: Json, target: Json): string {
  const all = sections(d);
  for (let s = 0; s < all.length; s++) {
    const fields = item(all, s)['fields'] as Json[];
    const f = fields.indexOf(target);
    if (f >= 0) return `sections[${s}].fields[${f}]`;
  }
  return '?';
}

/** Mutates the first field of the practice's own sections matching `test`; the path it names, or undefined. */
function locate(d: Json, test: (f: Json) => boolean, mutate: (f: Json, path: string) => string): string | undefined {
  const own = sections(d).slice(0, -1).flatMap((s) => s['fields'] as Json[]);
  const target = own.find(test);
  return target ? mutate(target, pathOf(d, target)) : undefined;
}
