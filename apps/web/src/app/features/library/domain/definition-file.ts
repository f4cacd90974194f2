import {
  CLOSING_SECTION,
  type ChoiceOption,
  DEFINITION_LIMITS,
  type ExerciseDefinition,
  type Field,
  type FieldType,
  FOR_YOUR_COUNSELOR_SECTION_ID,
  type Scoring,
  type Section,
  validateDefinition,
  withClosingSection,
} from '@trp/exercises';
import { type DefinitionBody, FIELD_TYPES } from './definition-form';

/** A problem at a path of the definition, as the server names them (`sections[1].fields[0].max`). */
export interface PathError {
  readonly path: string;
  readonly message: string;
}

/**
 * The bounds of the one definition schema (`DEFINITION_LIMITS` of `validateDefinition` in libs/exercises), for the
 * builder's `maxlength` and hints: what passes here passes the server.
 */
export const TEXT_LIMITS = {
  title: DEFINITION_LIMITS.titleMaxLength,
  summary: DEFINITION_LIMITS.summaryMaxLength,
  sectionTitle: DEFINITION_LIMITS.titleMaxLength,
  intro: DEFINITION_LIMITS.introMaxLength,
  label: DEFINITION_LIMITS.labelMaxLength,
  help: DEFINITION_LIMITS.helpMaxLength,
  optionLabel: DEFINITION_LIMITS.optionLabelMaxLength,
  optionValue: DEFINITION_LIMITS.optionValueMaxLength,
} as const;
export const SCALE_MAX_POINTS = DEFINITION_LIMITS.scaleStepsMax;
export const MAX_LENGTH_OF: Readonly<Partial<Record<FieldType, number>>> = DEFINITION_LIMITS.maxLength;
export const MAX_ITEMS_OF: Readonly<Partial<Record<FieldType, number>>> = DEFINITION_LIMITS.maxItems;

/** The closing section the server appends to every practice exercise (the built-ins' private note and safety check). */
export function closingSection(): Section {
  return CLOSING_SECTION;
}

// --- client-side checks ---------------------------------------------------------------------------------

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/**
 * The problems the server would answer with a 400, found before saving: the one definition schema of
 * libs/exercises, run on the draft as the server will store it (with its closing section), so the paths are the
 * server's (`sections[1].fields[0].max`).
 */
export function checkDefinition(body: DefinitionBody): PathError[] {
  // The library service's own rule, on top of the schema: the closing section alone is no exercise.
  if (body.sections.length === 0) return [{ path: 'sections', message: $localize`:@@library.file.no-section:Add at least one section of your own.` }];
  const result = validateDefinition({
    key: 'custom-draft',
    version: 1,
    title: body.title,
    summary: body.summary,
    sections: withClosingSection(body.sections),
    ...(body.scoring && { scoring: body.scoring }),
  });
  return result.ok ? [] : result.errors.map((error) => ({ path: error.path, message: error.message }));
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
    title: section.title || $localize`:@@library.preview.section-n:Section ${s + 1}:number:`,
    fields: section.fields.map((field, f) => previewField(field, unique(field.id, usedFields, `q${s}-${f}`), f)),
  }));
  return {
    key: 'preview',
    version,
    title: body.title || $localize`:@@library.preview.untitled:Untitled exercise`,
    summary: body.summary,
    sections: closing ? [...sections, closing] : sections,
  };
}

function previewField(field: Field, id: string, index: number): Field {
  const label = field.label || $localize`:@@library.preview.question-n:Question ${index + 1}:number:`;
  if (field.type === 'choice') {
    const options: ChoiceOption[] = (field.options ?? []).map((option, o) => ({ value: option.value || `option-${o}`, label: option.label || $localize`:@@library.preview.option-n:Option ${o + 1}:number:` }));
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
    return {
      ok: false,
      message: $localize`:@@library.file.not-json:This file is not JSON. Choose a definition exported from this page, or a .json file written in the same shape.`,
    };
  }
  if (!isRecord(raw) || !Array.isArray(raw['sections'])) {
    return { ok: false, message: $localize`:@@library.file.no-sections:This file is not an exercise definition: it has no “sections” list.` };
  }
  const sections: Section[] = [];
  for (const [s, section] of raw['sections'].entries()) {
    if (!isRecord(section) || !Array.isArray(section['fields'])) return { ok: false, message: $localize`:@@library.file.no-fields:Section ${s + 1}:number: of the file has no “fields” list.` };
    if (section['id'] === FOR_YOUR_COUNSELOR_SECTION_ID) continue;
    const fields: Field[] = [];
    for (const [f, field] of section['fields'].entries()) {
      const type = isRecord(field) ? str(field['type']) : undefined;
      if (!isRecord(field) || !type || !FIELD_TYPE_SET.has(type)) {
        return {
          ok: false,
          message: $localize`:@@library.file.no-type:Question ${f + 1}:question: of section ${s + 1}:section: has no known type (one of ${[...FIELD_TYPE_SET].join(', ')}:types:).`,
        };
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
