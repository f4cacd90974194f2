import { forYourCounselorSectionV1 } from './definitions/for-your-counselor.v1';
import { deepFreeze } from './deep-freeze';
import { definitionTexts, localizeDefinition, translationOf } from './localize-definition';
import type { ExerciseDefinition } from './model';
import { RELEASED_DEFINITIONS } from './registry';
import { validateDefinition } from './validate-definition';

/** The properties whose string values a person reads; every other value must stay exactly as in English. */
const TEXT_PROPERTIES = new Set(['title', 'summary', 'intro', 'label', 'help', 'minLabel', 'maxLabel', 'hurt', 'involved']);
/** Texts that may read the same in Spanish (none today; e.g. "PIN"). */
const ALLOWED_EQUAL = new Set<string>([]);

/** Walks both trees together: the same keys in the same order, the same values, strings under TEXT_PROPERTIES aside. */
function expectSameStructure(english: unknown, spanish: unknown, path: string): void {
  if (typeof english === 'string' && TEXT_PROPERTIES.has(path.split('.').pop() ?? '')) {
    expect({ path, type: typeof spanish }).toEqual({ path, type: 'string' });
    return;
  }
  if (typeof english !== 'object' || english === null) {
    expect({ path, value: spanish }).toEqual({ path, value: english });
    return;
  }
  expect({ path, array: Array.isArray(spanish) }).toEqual({ path, array: Array.isArray(english) });
  const spanishRecord = spanish as Record<string, unknown>;
  expect({ path, keys: Object.keys(spanishRecord) }).toEqual({ path, keys: Object.keys(english) });
  for (const [key, value] of Object.entries(english)) expectSameStructure(value, spanishRecord[key], `${path}.${key}`);
}

describe.each(RELEASED_DEFINITIONS.map((definition) => [`${definition.key}@${definition.version}`, definition] as const))(
  'the Spanish of %s',
  (_name, english) => {
    const spanish = localizeDefinition(english, 'es');

    it('has a translation for every text a person reads, and nothing else', () => {
      const texts = translationOf(english.key, english.version, 'es');
      expect(texts).toBeDefined();
      expect(Object.keys(texts ?? {}).sort()).toEqual(definitionTexts(english).map(([path]) => path).sort());
    });

    it('changes every text (a Spanish text equal to the English one must be allowed explicitly)', () => {
      const englishTexts = new Map(definitionTexts(english));
      for (const [path, text] of definitionTexts(spanish)) {
        expect(text.trim()).not.toBe('');
        if (!ALLOWED_EQUAL.has(text)) expect({ path, text }).not.toEqual({ path, text: englishTexts.get(path) });
      }
    });

    it('keeps the key, version, ids, types, limits, values and scoring', () => {
      expectSameStructure(english, spanish, english.key);
    });

    it('passes the definition schema but for the closing section, which the schema wants in English', () => {
      const closing = english.sections[english.sections.length - 1];
      expect(validateDefinition({ ...spanish, sections: [...spanish.sections.slice(0, -1), closing] })).toMatchObject({ ok: true });
    });

    it('is deep-frozen and cached', () => {
      expect(Object.isFrozen(spanish)).toBe(true);
      expect(Object.isFrozen(spanish.sections[0]?.fields[0])).toBe(true);
      expect(localizeDefinition(english, 'es')).toBe(spanish);
    });

    it('leaves English as written', () => {
      expect(localizeDefinition(english, 'en')).toBe(english);
    });
  },
);

describe('localizeDefinition of an exercise without translation', () => {
  it('returns a practice’s own exercise unchanged', () => {
    const custom: ExerciseDefinition = deepFreeze({
      key: 'custom-3f2a9c1e',
      version: 2,
      title: 'Our evening walk',
      summary: 'A few questions after your walk.',
      sections: [{ id: 'walk', title: 'The walk', fields: [{ id: 'how', type: 'longText', label: 'How was it?' }] }],
    });
    expect(localizeDefinition(custom, 'es')).toBe(custom);
    expect(localizeDefinition(custom, 'en')).toBe(custom);
  });

  it('translates the built-in closing section a practice’s own exercise ends with, and nothing else of it', () => {
    const custom: ExerciseDefinition = deepFreeze({
      key: 'custom-evening-walk-a1b2c3',
      version: 1,
      title: 'Our evening walk',
      summary: 'A few questions after your walk.',
      sections: [{ id: 'walk', title: 'The walk', fields: [{ id: 'how', type: 'longText', label: 'How was it?' }] }, forYourCounselorSectionV1],
    });
    const spanish = localizeDefinition(custom, 'es');
    expect(spanish.title).toBe('Our evening walk');
    expect(spanish.sections[0]).toEqual(custom.sections[0]);
    expect(spanish.sections[1]?.title).toBe('Solo para tu terapeuta');
    expect(spanish.sections[1]?.fields.map((field) => field.options?.map((option) => option.value))).toEqual(forYourCounselorSectionV1.fields.map((field) => field.options?.map((option) => option.value)));
    expect(localizeDefinition(custom, 'en')).toBe(custom);
  });

  it('keeps the words of an unknown version of a built-in (only the closing section as released is translated)', () => {
    const [first] = RELEASED_DEFINITIONS;
    const future = { ...(first as ExerciseDefinition), version: 999 };
    const spanish = localizeDefinition(future, 'es');
    expect([spanish.title, spanish.summary]).toEqual([future.title, future.summary]);
    expect(spanish.sections.slice(0, -1)).toEqual(future.sections.slice(0, -1));
    expect(spanish.sections.at(-1)?.title).toBe('Solo para tu terapeuta');
  });
});
