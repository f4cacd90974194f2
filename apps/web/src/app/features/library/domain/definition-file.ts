import {
  type ChoiceOption,
  EMOTION_KEYS,
  type ExerciseDefinition,
  type Field,
  type FieldType,
  FOR_YOUR_COUNSELOR_SECTION_ID,
  latestDefinitions,
  PRIVATE_NOTE_FIELD_ID,
  SAFETY_CHECK_FIELD_ID,
  type Scoring,
  type Section,
} from '@trp/exercises';
import { type DefinitionBody, FIELD_TYPES, LIMITS_OF } from './definition-form';

/** A problem at a path of the definition, as the server names them (`sections[1].fields[0].max`). */
export interface PathError {
  readonly path: string;
  readonly message: string;
}

/**
 * The bounds of the one definition schema (`DEFINITION_LIMITS` of `validateDefinition` in libs/exercises, on the API's
 * branch): the builder checks the same, so what passes here passes there.
 */
export const TEXT_LIMITS = { title: 200, summary: 1000, sectionTitle: 200, intro: 2000, label: 500, help: 1000, optionLabel: 300, optionValue: 60 } as const;
export const SCALE_MAX_POINTS = 101;
export const SCALE_BOUND = 1000;
export const MAX_LENGTH_OF: Readonly<Partial<Record<FieldType, number>>> = { longText: 4000, shortText: 300, list: 300, iStatement: 300 };
export const MAX_ITEMS_OF: Readonly<Partial<Record<FieldType, number>>> = { list: 10, iStatement: 3, emotions: EMOTION_KEYS.length, feelingsTable: EMOTION_KEYS.length };
export const OPTIONS_MAX = 20;
export const SECTIONS_MAX = 20;
export const FIELDS_PER_SECTION_MAX = 40;

const RESERVED_FIELD_IDS: ReadonlySet<string> = new Set([PRIVATE_NOTE_FIELD_ID, SAFETY_CHECK_FIELD_ID]);

/**
 * The closing section the server appends to every practice exercise (the built-ins' private note and safety
 * check), taken from the newest built-in so the builder shows exactly what partners will get.
 */
export function closingSection(): Section | undefined {
  for (const definition of latestDefinitions()) {
    const section = definition.sections.find((candidate) => candidate.id === FOR_YOUR_COUNSELOR_SECTION_ID);
    if (section) return section;
  }
  return undefined;
}

// --- client-side checks ---------------------------------------------------------------------------------

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/**
 * The obvious problems, found before saving, at the same paths the server uses; the server's schema has the last
 * word (its 400 is shown the same way).
 */
export function checkDefinition(body: DefinitionBody): PathError[] {
  const errors: PathError[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const text = (path: string, value: string | undefined, max: number, missing?: string) => {
    if (!value) {
      if (missing) add(path, missing);
    } else if (value.length > max) add(path, `Use at most ${max} characters (now ${value.length}).`);
  };

  text('title', body.title, TEXT_LIMITS.title, 'Give the exercise a title.');
  text('summary', body.summary, TEXT_LIMITS.summary, 'Say in a sentence or two what the exercise is for: partners read it first.');
  if (body.sections.length === 0) add('sections', 'Add at least one section.');
  if (body.sections.length > SECTIONS_MAX) add('sections', `At most ${SECTIONS_MAX} sections.`);

  const fieldIds = new Map<string, number>();
  for (const field of body.sections.flatMap((section) => section.fields)) fieldIds.set(field.id, (fieldIds.get(field.id) ?? 0) + 1);
  const sectionIds = new Map<string, number>();
  for (const section of body.sections) sectionIds.set(section.id, (sectionIds.get(section.id) ?? 0) + 1);

  body.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    if (!section.id || (sectionIds.get(section.id) ?? 0) > 1 || section.id === FOR_YOUR_COUNSELOR_SECTION_ID) {
      add(`${at}.id`, `This section's id “${section.id}” is empty, used twice or reserved: change it in the file.`);
    }
    text(`${at}.title`, section.title, TEXT_LIMITS.sectionTitle, 'Give the section a title.');
    text(`${at}.intro`, section.intro, TEXT_LIMITS.intro);
    if (section.fields.length === 0) add(`${at}.fields`, 'Add at least one question to this section, or remove the section.');
    if (section.fields.length > FIELDS_PER_SECTION_MAX) add(`${at}.fields`, `At most ${FIELDS_PER_SECTION_MAX} questions in a section.`);
    section.fields.forEach((field, f) => checkField(field, `${at}.fields[${f}]`, (fieldIds.get(field.id) ?? 0) > 1, add, text));
  });

  if (body.scoring) checkScoring(body.scoring, body, add);
  return errors;
}

function checkField(
  field: Field,
  at: string,
  duplicate: boolean,
  add: (path: string, message: string) => void,
  text: (path: string, value: string | undefined, max: number, missing?: string) => void,
): void {
  if (!field.id || duplicate || RESERVED_FIELD_IDS.has(field.id)) {
    add(`${at}.id`, `This question's id “${field.id}” is empty, used twice or reserved: change it in the file.`);
  }
  text(`${at}.label`, field.label, TEXT_LIMITS.label, 'Write the question.');
  text(`${at}.help`, field.help, TEXT_LIMITS.help);
  text(`${at}.perspectiveLabels.hurt`, field.perspectiveLabels?.hurt, TEXT_LIMITS.label);
  text(`${at}.perspectiveLabels.involved`, field.perspectiveLabels?.involved, TEXT_LIMITS.label);
  const limits = LIMITS_OF[field.type];
  if (limits.scale) {
    const { min, max } = field;
    const whole = (value: number | undefined) => isWhole(value) && Math.abs(value) <= SCALE_BOUND;
    if (min === undefined) add(`${at}.min`, 'Give the lowest value.');
    else if (!whole(min)) add(`${at}.min`, `Use a whole number from ${-SCALE_BOUND} to ${SCALE_BOUND}.`);
    if (max === undefined) add(`${at}.max`, 'Give the highest value.');
    else if (!whole(max)) add(`${at}.max`, `Use a whole number from ${-SCALE_BOUND} to ${SCALE_BOUND}.`);
    else if (whole(min) && max <= (min as number)) add(`${at}.max`, `Use a number above the lowest (${min}).`);
    else if (whole(min) && max - (min as number) + 1 > SCALE_MAX_POINTS) add(`${at}.max`, `A scale has at most ${SCALE_MAX_POINTS} steps.`);
    text(`${at}.minLabel`, field.minLabel, TEXT_LIMITS.optionLabel, 'Say in words what the lowest value means.');
    text(`${at}.maxLabel`, field.maxLabel, TEXT_LIMITS.optionLabel, 'Say in words what the highest value means.');
  }
  const lengthLimit = MAX_LENGTH_OF[field.type];
  if (limits.maxLength && lengthLimit && field.maxLength !== undefined && (!isWhole(field.maxLength) || field.maxLength < 1 || field.maxLength > lengthLimit)) {
    add(`${at}.maxLength`, `Use a whole number from 1 to ${lengthLimit}.`);
  }
  const itemsLimit = MAX_ITEMS_OF[field.type];
  if (limits.maxItems && itemsLimit && field.maxItems !== undefined && (!isWhole(field.maxItems) || field.maxItems < 1 || field.maxItems > itemsLimit)) {
    add(`${at}.maxItems`, `Use a whole number from 1 to ${itemsLimit}.`);
  }
  if (limits.options) {
    const options = field.options ?? [];
    if (options.length < 2) add(`${at}.options`, 'Give at least two options to choose from.');
    if (options.length > OPTIONS_MAX) add(`${at}.options`, `At most ${OPTIONS_MAX} options.`);
    const seen = new Set<string>();
    options.forEach((option, o) => {
      text(`${at}.options[${o}].label`, option.label, TEXT_LIMITS.optionLabel, 'Write this option.');
      if (!option.value) add(`${at}.options[${o}].value`, 'Give this option a stored value.');
      else if (seen.has(option.value)) add(`${at}.options[${o}].value`, 'Another option has this value: use a different one.');
      else if (option.value.length > TEXT_LIMITS.optionValue) add(`${at}.options[${o}].value`, `Use at most ${TEXT_LIMITS.optionValue} characters.`);
      seen.add(option.value);
    });
  }
}

function checkScoring(scoring: Scoring, body: DefinitionBody, add: (path: string, message: string) => void): void {
  const scales = new Set(body.sections.flatMap((section) => section.fields).filter((field) => field.type === 'scale').map((field) => field.id));
  if (scoring.fields.length === 0) add('scoring.fields', 'The scoring counts no question.');
  scoring.fields.forEach((item, i) => {
    if (!scales.has(item.fieldId)) add(`scoring.fields[${i}].fieldId`, `The scoring counts “${item.fieldId}”, which is not a scale question of this exercise.`);
  });
}

// --- preview ------------------------------------------------------------------------------------------

/**
 * What the partner's form renders while the counselor builds: the draft with placeholders for what is not
 * written yet, ids made unique (the renderer tracks by them), and the closing section the server will add.
 */
export function previewDefinition(body: DefinitionBody, version = 1): ExerciseDefinition {
  const usedFields = new Set<string>();
  const usedSections = new Set<string>();
  const unique = (id: string, used: Set<string>, fallback: string) => {
    let candidate = id || fallback;
    while (used.has(candidate)) candidate = `${candidate}-`;
    used.add(candidate);
    return candidate;
  };
  const closing = closingSection();
  const sections: Section[] = body.sections.map((section, s) => ({
    ...section,
    id: unique(section.id, usedSections, `s${s}`),
    title: section.title || `Section ${s + 1}`,
    fields: section.fields.map((field, f) => previewField(field, unique(field.id, usedFields, `q${s}-${f}`), f)),
  }));
  return {
    key: 'preview',
    version,
    title: body.title || 'Untitled exercise',
    summary: body.summary,
    sections: closing ? [...sections, closing] : sections,
  };
}

function previewField(field: Field, id: string, index: number): Field {
  const label = field.label || `Question ${index + 1}`;
  if (field.type === 'choice') {
    const options: ChoiceOption[] = (field.options ?? []).map((option, o) => ({ value: option.value || `option-${o}`, label: option.label || `Option ${o + 1}` }));
    const values = new Set<string>();
    return { ...field, id, label, options: options.filter((option) => !values.has(option.value) && values.add(option.value)) };
  }
  if (field.type === 'scale') {
    const min = isWhole(field.min) ? field.min : 1;
    const max = isWhole(field.max) && field.max > min && field.max - min < SCALE_MAX_POINTS ? field.max : min + 4;
    return { ...field, id, label, min, max };
  }
  return { ...field, id, label };
}

// --- files ----------------------------------------------------------------------------------------------

/** The file a practice keeps or shares: the definition without the closing section (the server adds it). */
export function exportDefinition(body: DefinitionBody): string {
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function exportFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'exercise'}.json`;
}

export type ImportResult = { readonly ok: true; readonly body: DefinitionBody } | { readonly ok: false; readonly message: string };

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const FIELD_TYPE_SET: ReadonlySet<string> = new Set(FIELD_TYPES.map((entry) => entry.type));
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Reads a definition from a file (one exported here, or a licensed instrument a practice wrote up with its
 * `scoring` block). Takes the members the model knows, leaves out the closing section (the server adds it) and
 * anything else; the checks and the server's schema judge the rest.
 */
export function parseDefinitionFile(textContent: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch {
    return { ok: false, message: 'This file is not JSON. Choose a definition exported from this page, or a .json file written in the same shape.' };
  }
  if (!isRecord(raw) || !Array.isArray(raw['sections'])) {
    return { ok: false, message: 'This file is not an exercise definition: it has no “sections” list.' };
  }
  const sections: Section[] = [];
  for (const [s, section] of raw['sections'].entries()) {
    if (!isRecord(section) || !Array.isArray(section['fields'])) return { ok: false, message: `Section ${s + 1} of the file has no “fields” list.` };
    if (section['id'] === FOR_YOUR_COUNSELOR_SECTION_ID) continue;
    const fields: Field[] = [];
    for (const [f, field] of section['fields'].entries()) {
      const type = isRecord(field) ? str(field['type']) : undefined;
      if (!isRecord(field) || !type || !FIELD_TYPE_SET.has(type)) {
        return { ok: false, message: `Question ${f + 1} of section ${s + 1} has no known type (one of ${[...FIELD_TYPE_SET].join(', ')}).` };
      }
      fields.push(readField(field, type as FieldType));
    }
    const intro = str(section['intro']);
    sections.push({ id: str(section['id']) ?? '', title: str(section['title']) ?? '', ...(intro !== undefined && { intro }), fields });
  }
  const scoring = readScoring(raw['scoring']);
  return { ok: true, body: { title: str(raw['title']) ?? '', summary: str(raw['summary']) ?? '', sections, ...(scoring && { scoring }) } };
}

function readField(raw: Raw, type: FieldType): Field {
  const labels = isRecord(raw['perspectiveLabels']) ? raw['perspectiveLabels'] : {};
  const hurt = str(labels['hurt']);
  const involved = str(labels['involved']);
  const options = Array.isArray(raw['options'])
    ? raw['options'].filter(isRecord).map((option) => ({ value: String(option['value'] ?? ''), label: str(option['label']) ?? '' }))
    : undefined;
  const flagWhen = Array.isArray(raw['flagWhen']) ? raw['flagWhen'].filter((value): value is string => typeof value === 'string') : undefined;
  const field: { -readonly [K in keyof Field]: Field[K] } = { id: str(raw['id']) ?? '', type, label: str(raw['label']) ?? '' };
  const optional = { help: str(raw['help']), minLabel: str(raw['minLabel']), maxLabel: str(raw['maxLabel']) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(field, { [key]: value });
  for (const key of ['min', 'max', 'maxLength', 'maxItems'] as const) {
    const value = numberOf(raw[key]);
    if (value !== undefined) field[key] = value;
  }
  if (raw['required'] === true) field.required = true;
  if (raw['counselorOnly'] === true) field.counselorOnly = true;
  if (hurt !== undefined || involved !== undefined) field.perspectiveLabels = { ...(hurt !== undefined && { hurt }), ...(involved !== undefined && { involved }) };
  if (options) field.options = options;
  if (flagWhen?.length) field.flagWhen = flagWhen;
  return field;
}

function readScoring(raw: unknown): Scoring | undefined {
  if (!isRecord(raw) || !Array.isArray(raw['fields'])) return undefined;
  const fields = raw['fields'].filter(isRecord).map((item) => ({ fieldId: String(item['fieldId'] ?? ''), ...(item['reverse'] === true && { reverse: true }) }));
  const bands = Array.isArray(raw['bands'])
    ? raw['bands'].filter(isRecord).map((band) => ({ min: Number(band['min']), max: Number(band['max']), label: String(band['label'] ?? '') }))
    : undefined;
  return { fields, ...(bands && { bands }) };
}
