import { findBlamingPhrases } from '../blaming-phrases';
import {
  FOR_YOUR_COUNSELOR_SECTION_ID,
  PRIVATE_NOTE_FIELD_ID,
  SAFETY_CHECK_FIELD_ID,
} from '../counselor-fields';
import { EMOTION_KEYS } from '../emotions';
import { fieldsOf } from '../fields';
import { scoringProblems } from '../scoring';
import type { ExerciseDefinition, Field, FieldType } from '../model';
import {
  EXERCISE_KEYS,
  getDefinition,
  RELEASED_DEFINITIONS,
} from '../registry';

const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const cases = RELEASED_DEFINITIONS.map(
  (definition) =>
    [`${definition.key}@${definition.version}`, definition] as const,
);

function textsOf(definition: ExerciseDefinition): string[] {
  const texts = [definition.title, definition.summary];
  for (const section of definition.sections) {
    texts.push(section.title, section.intro ?? '');
    for (const field of section.fields) {
      texts.push(
        field.label,
        field.help ?? '',
        field.perspectiveLabels?.hurt ?? '',
        field.perspectiveLabels?.involved ?? '',
        field.minLabel ?? '',
        field.maxLabel ?? '',
        ...(field.options ?? []).map((option) => option.label),
      );
    }
  }
  return texts.filter((text) => text !== '');
}

/** The bounds every field must state, per type (DESIGN.md: bounded sizes). */
function boundsProblems(field: Field): string[] {
  const problems: string[] = [];
  const within = (name: 'maxLength' | 'maxItems', max: number) => {
    const value = field[name];
    if (
      value === undefined ||
      !Number.isInteger(value) ||
      value < 1 ||
      value > max
    ) {
      problems.push(`${field.id}: ${name} must be an integer from 1 to ${max}`);
    }
  };
  switch (field.type) {
    case 'longText':
      within('maxLength', 4000);
      break;
    case 'shortText':
      within('maxLength', 300);
      break;
    case 'list':
      within('maxLength', 300);
      within('maxItems', 10);
      break;
    case 'iStatement':
      within('maxLength', 300);
      within('maxItems', 3);
      break;
    case 'emotions':
      within('maxItems', EMOTION_KEYS.length);
      break;
    case 'scale':
      if (
        !Number.isInteger(field.min) ||
        !Number.isInteger(field.max) ||
        (field.min ?? 0) >= (field.max ?? 0)
      ) {
        problems.push(`${field.id}: a scale needs integer min < max`);
      }
      if (!field.minLabel || !field.maxLabel) {
        problems.push(`${field.id}: a scale needs labelled ends`);
      }
      break;
    case 'choice': {
      const values = (field.options ?? []).map((option) => option.value);
      if (values.length < 2 || new Set(values).size !== values.length) {
        problems.push(
          `${field.id}: a choice needs at least two distinct options`,
        );
      }
      if (!(field.flagWhen ?? []).every((value) => values.includes(value))) {
        problems.push(`${field.id}: flagWhen must name option values`);
      }
      break;
    }
    case 'feelingsTable':
      break;
  }
  if (field.type !== 'choice' && (field.options || field.flagWhen)) {
    problems.push(`${field.id}: only a choice has options or flagWhen`);
  }
  return problems;
}

describe('every released definition', () => {
  it('is registered under a known key, with a positive integer version', () => {
    for (const definition of RELEASED_DEFINITIONS) {
      expect(EXERCISE_KEYS).toContain(definition.key);
      expect(
        Number.isInteger(definition.version) && definition.version >= 1,
      ).toBe(true);
    }
  });

  describe.each(cases)('%s', (_id, definition) => {
    it('has kebab-case section ids and camelCase field ids, each unique', () => {
      const sectionIds = definition.sections.map((section) => section.id);
      const fieldIds = fieldsOf(definition).map((field) => field.id);
      expect(sectionIds.filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
      expect(fieldIds.filter((id) => !CAMEL_CASE.test(id))).toEqual([]);
      expect(new Set(sectionIds).size).toBe(sectionIds.length);
      expect(new Set(fieldIds).size).toBe(fieldIds.length);
    });

    it('states bounds for every field', () => {
      expect(fieldsOf(definition).flatMap(boundsProblems)).toEqual([]);
    });

    it('ends with the counselor-only section: a private note and a required safety check', () => {
      const last = definition.sections[definition.sections.length - 1];
      expect(last.id).toBe(FOR_YOUR_COUNSELOR_SECTION_ID);
      expect(last.intro).toMatch(/counselor only/i);
      expect(last.intro).toMatch(/partner will never see/i);
      expect(last.fields.map((field) => field.id)).toEqual([
        PRIVATE_NOTE_FIELD_ID,
        SAFETY_CHECK_FIELD_ID,
      ]);
      const [note, safety] = last.fields;
      expect(note).toMatchObject({ type: 'longText', counselorOnly: true });
      expect(note.required).toBeFalsy();
      expect(safety).toMatchObject({
        type: 'choice',
        counselorOnly: true,
        required: true,
      });
      expect(safety.options?.map((option) => option.value)).toEqual([
        'yes',
        'unsure',
        'no',
      ]);
      expect(safety.flagWhen).toEqual(['unsure', 'no']);
    });

    it('keeps counselor-only fields in the counselor section', () => {
      const counselorOnly = fieldsOf(definition).filter(
        (field) => field.counselorOnly,
      );
      expect(counselorOnly.map((field) => field.id)).toEqual([
        PRIVATE_NOTE_FIELD_ID,
        SAFETY_CHECK_FIELD_ID,
      ]);
    });

    it('requires only the safety check', () => {
      const required = fieldsOf(definition).filter((field) => field.required);
      expect(required.map((field) => field.id)).toEqual([
        SAFETY_CHECK_FIELD_ID,
      ]);
    });

    it('is written in short, plain sentences', () => {
      const texts = textsOf(definition);
      const sentences = texts.flatMap((text) => text.split(/(?<=[.?!])\s+/));
      expect(texts.filter((text) => text.length > 250)).toEqual([]);
      expect(
        sentences.filter((sentence) => sentence.split(/\s+/).length > 30),
      ).toEqual([]);
      expect(
        texts.filter((text) => text !== text.trim() || /\s{2,}/.test(text)),
      ).toEqual([]);
    });

    it('has a valid scoring block, or none', () => {
      expect(scoringProblems(definition)).toEqual([]);
    });

    it('models the non-blaming language it asks for', () => {
      expect(
        textsOf(definition).filter(
          (text) => findBlamingPhrases(text).length > 0,
        ),
      ).toEqual([]);
    });
  });
});

/** Field ids and types of the version-1 definitions, as outlined in DESIGN.md "The exercises". */
function outline(key: string): Record<string, FieldType> {
  const definition = getDefinition(key, 1);
  return Object.fromEntries(
    fieldsOf(
      definition ?? { key, version: 0, title: '', summary: '', sections: [] },
    ).map((field) => [field.id, field.type]),
  );
}

describe('version 1 follows the design outline', () => {
  const counselor = { privateNote: 'longText', safetyCheck: 'choice' } as const;

  it('acknowledge-the-breach: story, feelings now, impact, what matters, readiness', () => {
    expect(outline('acknowledge-the-breach')).toEqual({
      whatHappened: 'longText',
      feelingsNow: 'emotions',
      impactOnLife: 'longText',
      mostImportant: 'longText',
      readiness: 'scale',
      ...counselor,
    });
    const definition = getDefinition('acknowledge-the-breach', 1);
    const readiness =
      definition &&
      fieldsOf(definition).find((field) => field.id === 'readiness');
    expect(readiness).toMatchObject({ min: 1, max: 10 });
    const mostImportant =
      definition &&
      fieldsOf(definition).find((field) => field.id === 'mostImportant');
    expect(mostImportant?.perspectiveLabels?.hurt).toMatch(/understand/);
    expect(mostImportant?.perspectiveLabels?.involved).toMatch(
      /responsibility/,
    );
    expect(mostImportant?.perspectiveLabels?.involved).toMatch(/apology/);
  });

  it('communicate-openly: feelings table, up to three "I" statements, listening, something hard', () => {
    expect(outline('communicate-openly')).toEqual({
      feelingsTable: 'feelingsTable',
      concern: 'shortText',
      iStatements: 'iStatement',
      heardPartnerSay: 'longText',
      understoodPartnerNeeds: 'longText',
      hardToSay: 'longText',
      ...counselor,
    });
  });

  it('set-boundaries: needs, desires, limits, breaches, openness, if crossed, not control', () => {
    expect(outline('set-boundaries')).toEqual({
      needs: 'list',
      desires: 'list',
      limits: 'list',
      breachBehaviors: 'list',
      opennessOffered: 'list',
      opennessAsked: 'list',
      ifBoundaryCrossed: 'list',
      notAcceptedAsControl: 'list',
      ...counselor,
    });
  });
});
