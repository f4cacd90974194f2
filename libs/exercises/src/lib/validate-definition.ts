import {
  FOR_YOUR_COUNSELOR_SECTION_ID,
  PRIVATE_NOTE_FIELD_ID,
  SAFETY_CHECK_FIELD_ID,
} from './counselor-fields';
import { forYourCounselorSectionV1 } from './definitions/for-your-counselor.v1';
import { EMOTION_KEYS } from './emotions';
import type { ExerciseDefinition, FieldType, Section } from './model';
import { isPlainObject, ownValue, pathKey } from './plain-json';
import { scoringProblems } from './scoring';

/**
 * The one schema of an exercise definition (DESIGN.md, "The exercises" and "Practice exercise library"): every
 * built-in passes it, the API checks every practice exercise with it, the builder shows its errors where they are.
 */

/** One problem of a definition: where (`sections[1].fields[0].max`, `''` for the whole) and what, in a sentence. */
export interface DefinitionError {
  readonly path: string;
  readonly message: string;
}

export type DefinitionValidation =
  | { readonly ok: true; readonly definition: ExerciseDefinition }
  | { readonly ok: false; readonly errors: readonly DefinitionError[] };

export const FIELD_TYPES: readonly FieldType[] = [
  'longText',
  'shortText',
  'scale',
  'emotions',
  'list',
  'iStatement',
  'feelingsTable',
  'choice',
];

/** The bounds of a definition and of what its fields may ask for. */
export const DEFINITION_LIMITS = {
  keyMaxLength: 100,
  idMaxLength: 60,
  titleMaxLength: 200,
  summaryMaxLength: 1000,
  labelMaxLength: 500,
  helpMaxLength: 1000,
  introMaxLength: 2000,
  optionLabelMaxLength: 300,
  optionValueMaxLength: 60,
  sectionsMax: 20,
  fieldsPerSectionMax: 40,
  fieldsMax: 100,
  optionsMin: 2,
  optionsMax: 20,
  scaleBound: 1000,
  scaleStepsMax: 101,
  bandsMax: 20,
  /** Per type: the largest `maxLength` a field may state. */
  maxLength: {
    longText: 4000,
    shortText: 300,
    list: 300,
    iStatement: 300,
  } as Partial<Record<FieldType, number>>,
  /** Per type: the largest `maxItems` a field may state (emotions and feelings tables: per column). */
  maxItems: {
    list: 10,
    iStatement: 3,
    emotions: EMOTION_KEYS.length,
    feelingsTable: EMOTION_KEYS.length,
  } as Partial<Record<FieldType, number>>,
} as const;

/** Section ids are kebab-case, field ids camelCase (they are keys of stored answers). */
const SECTION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const FIELD_ID = /^[a-z][a-zA-Z0-9]*$/;
const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const DEFINITION_KEYS = ['key', 'version', 'title', 'summary', 'sections', 'scoring'];
const SECTION_KEYS = ['id', 'title', 'intro', 'fields'];
const COMMON_FIELD_KEYS = ['id', 'type', 'label', 'help', 'required', 'perspectiveLabels', 'counselorOnly'];
/** The keys each type may carry besides the common ones. */
const TYPE_KEYS: Record<FieldType, readonly string[]> = {
  longText: ['maxLength'],
  shortText: ['maxLength'],
  scale: ['min', 'max', 'minLabel', 'maxLabel'],
  emotions: ['maxItems'],
  list: ['maxLength', 'maxItems'],
  iStatement: ['maxLength', 'maxItems'],
  feelingsTable: ['maxItems'],
  choice: ['options', 'flagWhen'],
};
const RESERVED_FIELD_IDS = [PRIVATE_NOTE_FIELD_ID, SAFETY_CHECK_FIELD_ID];

function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Collects errors while walking the untrusted value. */
class Checker {
  readonly errors: DefinitionError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Own keys not in `allowed` are errors (a typo would otherwise be silently lost). */
  onlyKeys(object: Readonly<Record<string, unknown>>, allowed: readonly string[], path: string, what: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) this.fail(at(path, pathKey(key)), `${what} has no setting "${pathKey(key)}". Remove it.`);
    }
  }

  text(object: Readonly<Record<string, unknown>>, key: string, path: string, max: number, required: boolean): void {
    const value = ownValue(object, key);
    const where = at(path, key);
    if (value === undefined) {
      if (required) this.fail(where, 'This text is needed.');
      return;
    }
    if (typeof value !== 'string') return this.fail(where, 'Must be text.');
    if (value.trim() === '') return this.fail(where, required ? 'This text is needed.' : 'Leave it out rather than empty.');
    if (value !== value.trim()) this.fail(where, 'Remove the spaces at the start or end.');
    if (value.length > max) this.fail(where, `At most ${max} characters (this has ${value.length}).`);
  }

  integer(object: Readonly<Record<string, unknown>>, key: string, path: string, min: number, max: number): number | undefined {
    const value = ownValue(object, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(at(path, key), `Must be a whole number from ${min} to ${max}.`);
      return undefined;
    }
    return value;
  }

  flag(object: Readonly<Record<string, unknown>>, key: string, path: string, onlyTrue: boolean): void {
    const value = ownValue(object, key);
    if (value === undefined) return;
    if (onlyTrue ? value !== true : typeof value !== 'boolean') {
      this.fail(at(path, key), onlyTrue ? 'Either true or left out.' : 'Must be true or false.');
    }
  }

  array(object: Readonly<Record<string, unknown>>, key: string, path: string, min: number, max: number, what: string): readonly unknown[] | undefined {
    const value = ownValue(object, key);
    const where = at(path, key);
    if (!Array.isArray(value)) {
      this.fail(where, `Must be a list of ${what}.`);
      return undefined;
    }
    if (value.length < min) this.fail(where, min === 1 ? `Add at least one ${what.replace(/s$/, '')}.` : `Needs at least ${min} ${what}.`);
    if (value.length > max) this.fail(where, `At most ${max} ${what} (this has ${value.length}).`);
    return value as readonly unknown[];
  }
}

/**
 * Checks a definition (any JSON, untrusted) against the schema. Never throws. The definition must end with the
 * built-in closing section (the private note and the safety check), unchanged, and no other section may use its
 * ids. Scoring is checked by `scoringProblems` (one rule, one home).
 */
export function validateDefinition(input: unknown): DefinitionValidation {
  const c = new Checker();
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ path: '', message: 'A definition is an object with a key, a title, a summary and sections.' }] };
  }
  c.onlyKeys(input, DEFINITION_KEYS, '', 'A definition');
  const key = ownValue(input, 'key');
  if (typeof key !== 'string' || !KEY.test(key) || key.length > DEFINITION_LIMITS.keyMaxLength) {
    c.fail('key', `Must be lowercase words joined by dashes, at most ${DEFINITION_LIMITS.keyMaxLength} characters.`);
  }
  const version = ownValue(input, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) c.fail('version', 'Must be a whole number from 1.');
  c.text(input, 'title', '', DEFINITION_LIMITS.titleMaxLength, true);
  c.text(input, 'summary', '', DEFINITION_LIMITS.summaryMaxLength, true);

  const sections = c.array(input, 'sections', '', 1, DEFINITION_LIMITS.sectionsMax, 'sections');
  const sectionIds = new Set<string>();
  const fieldIds = new Set<string>();
  let fieldCount = 0;
  (sections ?? []).forEach((section, s) => {
    const path = at('sections', s);
    const closing = sections && s === sections.length - 1;
    if (!isPlainObject(section)) return c.fail(path, 'A section is an object with an id, a title and fields.');
    c.onlyKeys(section, SECTION_KEYS, path, 'A section');
    const id = ownValue(section, 'id');
    if (typeof id !== 'string' || !SECTION_ID.test(id) || id.length > DEFINITION_LIMITS.idMaxLength) {
      c.fail(at(path, 'id'), `Must be lowercase words joined by dashes, at most ${DEFINITION_LIMITS.idMaxLength} characters.`);
    } else if (id === FOR_YOUR_COUNSELOR_SECTION_ID && !closing) {
      c.fail(at(path, 'id'), `"${id}" is the id of the closing section for the counselor; choose another.`);
    } else if (sectionIds.has(id)) {
      c.fail(at(path, 'id'), `Another section already has the id "${id}".`);
    } else {
      sectionIds.add(id);
    }
    c.text(section, 'title', path, DEFINITION_LIMITS.titleMaxLength, true);
    c.text(section, 'intro', path, DEFINITION_LIMITS.introMaxLength, false);
    const fields = c.array(section, 'fields', path, 1, DEFINITION_LIMITS.fieldsPerSectionMax, 'questions');
    (fields ?? []).forEach((field, f) => {
      fieldCount += 1;
      checkField(c, field, at(at(path, 'fields'), f), fieldIds, !!closing);
    });
  });
  if (fieldCount > DEFINITION_LIMITS.fieldsMax) c.fail('sections', `At most ${DEFINITION_LIMITS.fieldsMax} questions in all (this has ${fieldCount}).`);
  if (sections && sections.length > 0) {
    const last = sections.length - 1;
    if (!sameJson(sections[last], forYourCounselorSectionV1)) {
      c.fail(at('sections', last), 'The last section must be the closing section for the counselor (the private note and the safety check), unchanged.');
    }
  }

  const scoring = ownValue(input, 'scoring');
  if (scoring !== undefined) checkScoringShape(c, scoring);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };

  const definition = input as unknown as ExerciseDefinition;
  for (const problem of scoringProblems(definition)) {
    const colon = problem.indexOf(': ');
    c.fail(colon > 0 ? problem.slice(0, colon) : 'scoring', colon > 0 ? problem.slice(colon + 2) : problem);
  }
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, definition };
}

function checkField(c: Checker, field: unknown, path: string, fieldIds: Set<string>, inClosingSection: boolean): void {
  if (!isPlainObject(field)) return c.fail(path, 'A question is an object with an id, a type and a label.');
  const type = ownValue(field, 'type');
  const known = typeof type === 'string' && (FIELD_TYPES as readonly string[]).includes(type);
  if (!known) c.fail(at(path, 'type'), `Must be one of ${FIELD_TYPES.join(', ')}.`);
  const fieldType = type as FieldType;
  // With an unknown type, which settings belong is unknown too: the type is the one error.
  if (known) c.onlyKeys(field, [...COMMON_FIELD_KEYS, ...TYPE_KEYS[fieldType]], path, `A ${fieldType} question`);

  const id = ownValue(field, 'id');
  if (typeof id !== 'string' || !FIELD_ID.test(id) || id.length > DEFINITION_LIMITS.idMaxLength) {
    c.fail(at(path, 'id'), `Must be one word in camelCase (letters and digits, starting lowercase), at most ${DEFINITION_LIMITS.idMaxLength} characters.`);
  } else if (RESERVED_FIELD_IDS.includes(id) && !inClosingSection) {
    c.fail(at(path, 'id'), `"${id}" belongs to the closing section for the counselor; choose another id.`);
  } else if (fieldIds.has(id)) {
    c.fail(at(path, 'id'), `Another question already has the id "${id}".`);
  } else {
    fieldIds.add(id);
  }
  c.text(field, 'label', path, DEFINITION_LIMITS.labelMaxLength, true);
  c.text(field, 'help', path, DEFINITION_LIMITS.helpMaxLength, false);
  c.flag(field, 'required', path, false);
  c.flag(field, 'counselorOnly', path, true);
  const perspective = ownValue(field, 'perspectiveLabels');
  if (perspective !== undefined) {
    const where = at(path, 'perspectiveLabels');
    if (!isPlainObject(perspective)) {
      c.fail(where, 'Must be an object with the wording for "hurt" and/or "involved".');
    } else {
      c.onlyKeys(perspective, ['hurt', 'involved'], where, 'Perspective wording');
      c.text(perspective, 'hurt', where, DEFINITION_LIMITS.labelMaxLength, false);
      c.text(perspective, 'involved', where, DEFINITION_LIMITS.labelMaxLength, false);
    }
  }
  if (!known) return;

  const maxLength = DEFINITION_LIMITS.maxLength[fieldType];
  if (maxLength !== undefined) c.integer(field, 'maxLength', path, 1, maxLength);
  const maxItems = DEFINITION_LIMITS.maxItems[fieldType];
  if (maxItems !== undefined) c.integer(field, 'maxItems', path, 1, maxItems);
  if (fieldType === 'scale') checkScale(c, field, path);
  if (fieldType === 'choice') checkChoice(c, field, path);
}

function checkScale(c: Checker, field: Readonly<Record<string, unknown>>, path: string): void {
  const bound = DEFINITION_LIMITS.scaleBound;
  for (const end of ['min', 'max'] as const) {
    if (ownValue(field, end) === undefined) c.fail(at(path, end), `A scale needs its ${end === 'min' ? 'lowest' : 'highest'} value.`);
  }
  const min = c.integer(field, 'min', path, -bound, bound);
  const max = c.integer(field, 'max', path, -bound, bound);
  if (min !== undefined && max !== undefined) {
    if (max <= min) c.fail(at(path, 'max'), `Must be more than the lowest value (${min}).`);
    else if (max - min + 1 > DEFINITION_LIMITS.scaleStepsMax) c.fail(at(path, 'max'), `A scale has at most ${DEFINITION_LIMITS.scaleStepsMax} steps.`);
  }
  c.text(field, 'minLabel', path, DEFINITION_LIMITS.optionLabelMaxLength, true);
  c.text(field, 'maxLabel', path, DEFINITION_LIMITS.optionLabelMaxLength, true);
}

function checkChoice(c: Checker, field: Readonly<Record<string, unknown>>, path: string): void {
  const options = c.array(field, 'options', path, DEFINITION_LIMITS.optionsMin, DEFINITION_LIMITS.optionsMax, 'options');
  const values = new Set<string>();
  (options ?? []).forEach((option, o) => {
    const where = at(at(path, 'options'), o);
    if (!isPlainObject(option)) return c.fail(where, 'An option is an object with a value and a label.');
    c.onlyKeys(option, ['value', 'label'], where, 'An option');
    c.text(option, 'label', where, DEFINITION_LIMITS.optionLabelMaxLength, true);
    const value = ownValue(option, 'value');
    if (typeof value !== 'string' || value.trim() === '' || value !== value.trim() || value.length > DEFINITION_LIMITS.optionValueMaxLength) {
      c.fail(at(where, 'value'), `Must be a short text without spaces at the ends, at most ${DEFINITION_LIMITS.optionValueMaxLength} characters.`);
    } else if (values.has(value)) {
      c.fail(at(where, 'value'), `Another option already has the value "${pathKey(value)}".`);
    } else {
      values.add(value);
    }
  });
  const flagWhen = ownValue(field, 'flagWhen');
  if (flagWhen === undefined) return;
  const where = at(path, 'flagWhen');
  if (!Array.isArray(flagWhen)) return c.fail(where, 'Must be a list of option values.');
  const seen = new Set<unknown>();
  (flagWhen as unknown[]).forEach((value, i) => {
    if (typeof value !== 'string' || !values.has(value)) c.fail(at(where, i), 'Must be the value of one of the options.');
    else if (seen.has(value)) c.fail(at(where, i), 'Named twice.');
    seen.add(value);
  });
}

/** The shape of `scoring` (types, no unknown keys); what it means is `scoringProblems`' to say. */
function checkScoringShape(c: Checker, scoring: unknown): void {
  if (!isPlainObject(scoring)) return c.fail('scoring', 'Must be an object with the scored fields (and bands, if any).');
  c.onlyKeys(scoring, ['fields', 'bands'], 'scoring', 'Scoring');
  const fields = c.array(scoring, 'fields', 'scoring', 1, DEFINITION_LIMITS.fieldsMax, 'scored questions');
  (fields ?? []).forEach((item, i) => {
    const where = at('scoring.fields', i);
    if (!isPlainObject(item)) return c.fail(where, 'A scored question is an object with a fieldId.');
    c.onlyKeys(item, ['fieldId', 'reverse'], where, 'A scored question');
    if (typeof ownValue(item, 'fieldId') !== 'string') c.fail(at(where, 'fieldId'), 'Must be the id of a scale question.');
    c.flag(item, 'reverse', where, false);
  });
  if (ownValue(scoring, 'bands') === undefined) return;
  const bands = c.array(scoring, 'bands', 'scoring', 0, DEFINITION_LIMITS.bandsMax, 'bands');
  (bands ?? []).forEach((band, i) => {
    const where = at('scoring.bands', i);
    if (!isPlainObject(band)) return c.fail(where, 'A band is an object with min, max and a label.');
    c.onlyKeys(band, ['min', 'max', 'label'], where, 'A band');
    for (const end of ['min', 'max'] as const) {
      const value = ownValue(band, end);
      if (typeof value !== 'number' || !Number.isInteger(value)) c.fail(at(where, end), 'Must be a whole number.');
    }
    c.text(band, 'label', where, DEFINITION_LIMITS.optionLabelMaxLength, true);
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return false;
}

/** The closing section every exercise ends with (the private note and the safety check), as the server appends it. */
export const CLOSING_SECTION: Section = forYourCounselorSectionV1;

/**
 * A definition's sections with the closing section at the end: a trailing section with the closing section's id is
 * replaced by the built-in one (so an exported definition imports unchanged, and nobody can drop or reword it).
 */
export function withClosingSection(sections: readonly Section[]): readonly Section[] {
  const last = sections[sections.length - 1];
  const own = last && isPlainObject(last) && last.id === FOR_YOUR_COUNSELOR_SECTION_ID ? sections.slice(0, -1) : sections;
  return [...own, CLOSING_SECTION];
}
