import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { ChoiceOption, Field, FieldType, Scoring, Section } from '@trp/exercises';
import type { LibraryExerciseBody } from '../data/library-api';

/**
 * The builder's form: a reactive form shaped exactly like the definition it edits, so a path the server names
 * in a 400 (`sections[1].fields[0].max`) is also the path of the control that owns it (see `path-errors.ts`).
 * Every member of every field type is a control; only the members of the chosen type are sent (`toBody`).
 */
type Text = FormControl<string>;
type Num = FormControl<number | null>;
type Flag = FormControl<boolean>;

export type OptionForm = FormGroup<{ value: Text; label: Text; flag: Flag }>;

export type FieldForm = FormGroup<{
  /** Not editable: made up for a new question, kept for an existing one (answers and scoring refer to it). */
  id: Text;
  type: FormControl<FieldType>;
  label: Text;
  help: Text;
  required: Flag;
  counselorOnly: Flag;
  perspectiveLabels: FormGroup<{ hurt: Text; involved: Text }>;
  min: Num;
  max: Num;
  minLabel: Text;
  maxLabel: Text;
  maxLength: Num;
  maxItems: Num;
  options: FormArray<OptionForm>;
}>;

export type SectionForm = FormGroup<{ id: Text; title: Text; intro: Text; fields: FormArray<FieldForm> }>;

export type DefinitionForm = FormGroup<{
  title: Text;
  summary: Text;
  sections: FormArray<SectionForm>;
  /** Only from an imported file (a licensed instrument's scoring); shown, kept and removable, not edited here. */
  scoring: FormControl<Scoring | null>;
}>;

/** The editable part of a definition: what POST/PATCH take and what a file holds. */
export type DefinitionBody = LibraryExerciseBody;

/** Every field type the model has, in the order the builder offers them, with words for counselors. */
export const FIELD_TYPES: readonly { readonly type: FieldType; readonly label: string; readonly hint: string }[] = [
  { type: 'longText', label: $localize`:@@library.type.long:Long answer`, hint: $localize`:@@library.type.long-hint:A few paragraphs in their own words` },
  { type: 'shortText', label: $localize`:@@library.type.short:Short answer`, hint: $localize`:@@library.type.short-hint:One line` },
  { type: 'scale', label: $localize`:@@library.type.scale:Scale`, hint: $localize`:@@library.type.scale-hint:A number from a range, such as 1 to 5` },
  { type: 'choice', label: $localize`:@@library.type.choice:Choice`, hint: $localize`:@@library.type.choice-hint:One of a few options` },
  { type: 'list', label: $localize`:@@library.type.list:List`, hint: $localize`:@@library.type.list-hint:Several short items` },
  { type: 'emotions', label: $localize`:@@library.type.emotions:Emotions`, hint: $localize`:@@library.type.emotions-hint:Emotions picked from the list, each with a strength` },
  { type: 'iStatement', label: $localize`:@@library.type.i-statement:“I” statements`, hint: $localize`:@@library.type.i-statement-hint:I feel … when … because … I need …` },
  { type: 'feelingsTable', label: $localize`:@@library.type.feelings:Feelings table`, hint: $localize`:@@library.type.feelings-hint:My feelings, and what I think my partner feels` },
];

export function fieldTypeLabel(type: FieldType): string {
  return FIELD_TYPES.find((entry) => entry.type === type)?.label ?? type;
}

/** Which limits a type has (the others are kept in the form but never sent). */
export const LIMITS_OF: Readonly<Record<FieldType, { readonly scale?: true; readonly maxLength?: true; readonly maxItems?: true; readonly options?: true }>> = {
  longText: { maxLength: true },
  shortText: { maxLength: true },
  scale: { scale: true },
  choice: { options: true },
  list: { maxLength: true, maxItems: true },
  iStatement: { maxLength: true, maxItems: true },
  emotions: { maxItems: true },
  feelingsTable: { maxItems: true },
};

function text(value = '', required = false): Text {
  return new FormControl(value, { nonNullable: true, validators: required ? [Validators.required] : [] });
}

function num(value: number | undefined): Num {
  return new FormControl<number | null>(value ?? null);
}

export function optionForm(option: Partial<ChoiceOption> = {}, flag = false): OptionForm {
  return new FormGroup({ value: text(option.value ?? '', true), label: text(option.label ?? '', true), flag: new FormControl(flag, { nonNullable: true }) });
}

export function fieldForm(field: Partial<Field> & Pick<Field, 'id' | 'type'>): FieldForm {
  const flagged = new Set(field.flagWhen ?? []);
  return new FormGroup({
    id: text(field.id),
    type: new FormControl<FieldType>(field.type, { nonNullable: true }),
    label: text(field.label ?? '', true),
    help: text(field.help ?? ''),
    required: new FormControl(field.required === true, { nonNullable: true }),
    counselorOnly: new FormControl(field.counselorOnly === true, { nonNullable: true }),
    perspectiveLabels: new FormGroup({ hurt: text(field.perspectiveLabels?.hurt ?? ''), involved: text(field.perspectiveLabels?.involved ?? '') }),
    min: num(field.min),
    max: num(field.max),
    minLabel: text(field.minLabel ?? ''),
    maxLabel: text(field.maxLabel ?? ''),
    maxLength: num(field.maxLength),
    maxItems: num(field.maxItems),
    options: new FormArray((field.options ?? []).map((option) => optionForm(option, flagged.has(option.value)))),
  });
}

export function sectionForm(section: Partial<Section> & Pick<Section, 'id'>): SectionForm {
  return new FormGroup({
    id: text(section.id),
    title: text(section.title ?? '', true),
    intro: text(section.intro ?? ''),
    fields: new FormArray((section.fields ?? []).map((field) => fieldForm(field))),
  });
}

export function createDefinitionForm(body?: DefinitionBody): DefinitionForm {
  const form: DefinitionForm = new FormGroup({
    title: text('', true),
    summary: text('', true),
    sections: new FormArray<SectionForm>([]),
    scoring: new FormControl<Scoring | null>(null),
  });
  loadDefinition(form, body ?? { title: '', summary: '', sections: [{ id: 's1', title: '', fields: [] }] });
  return form;
}

/** Replaces the whole form with this definition (loading, importing) and leaves it pristine. */
export function loadDefinition(form: DefinitionForm, body: DefinitionBody): void {
  const sections = form.controls.sections;
  sections.clear({ emitEvent: false });
  for (const section of body.sections) sections.push(sectionForm(section), { emitEvent: false });
  form.controls.title.setValue(body.title, { emitEvent: false });
  form.controls.summary.setValue(body.summary, { emitEvent: false });
  form.controls.scoring.setValue(body.scoring ?? null, { emitEvent: false });
  form.updateValueAndValidity();
  form.markAsPristine();
  form.markAsUntouched();
}

// --- structure: add, remove, move -------------------------------------------------------------------------

function allFieldIds(form: DefinitionForm): Set<string> {
  return new Set(form.controls.sections.controls.flatMap((section) => section.controls.fields.controls.map((field) => field.controls.id.value)));
}

function unusedId(prefix: string, used: Set<string>): string {
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The defaults a new question of this type starts with. */
export function newField(type: FieldType, id: string): Partial<Field> & Pick<Field, 'id' | 'type'> {
  switch (type) {
    case 'scale':
      return { id, type, label: '', min: 1, max: 5 };
    case 'choice':
      return { id, type, label: '', options: defaultOptions() };
    default:
      return { id, type, label: '' };
  }
}

function defaultOptions(): ChoiceOption[] {
  return [
    { value: '1', label: '' },
    { value: '2', label: '' },
  ];
}

export function addSection(form: DefinitionForm, index = form.controls.sections.length): SectionForm {
  const used = new Set(form.controls.sections.controls.map((section) => section.controls.id.value));
  const section = sectionForm({ id: unusedId('s', used), title: '', fields: [] });
  form.controls.sections.insert(index, section);
  form.markAsDirty();
  return section;
}

export function removeSection(form: DefinitionForm, index: number): void {
  form.controls.sections.removeAt(index);
  form.markAsDirty();
}

export function moveSection(form: DefinitionForm, from: number, to: number): boolean {
  return moveIn(form, form.controls.sections, from, to);
}

export function addField(form: DefinitionForm, sectionIndex: number, type: FieldType, index?: number): FieldForm {
  const fields = form.controls.sections.at(sectionIndex).controls.fields;
  const field = fieldForm(newField(type, unusedId('q', allFieldIds(form))));
  fields.insert(index ?? fields.length, field);
  form.markAsDirty();
  return field;
}

export function removeField(form: DefinitionForm, sectionIndex: number, index: number): void {
  form.controls.sections.at(sectionIndex).controls.fields.removeAt(index);
  form.markAsDirty();
}

/** Moves a question within its section or into another one; answers false when there is nowhere to go. */
export function moveField(form: DefinitionForm, from: { section: number; index: number }, to: { section: number; index: number }): boolean {
  const source = form.controls.sections.at(from.section)?.controls.fields;
  const target = form.controls.sections.at(to.section)?.controls.fields;
  if (!source || !target) return false;
  if (source === target) return moveIn(form, source, from.index, to.index);
  const field = source.at(from.index);
  if (!field || to.index < 0 || to.index > target.length) return false;
  source.removeAt(from.index, { emitEvent: false });
  target.insert(to.index, field);
  source.updateValueAndValidity();
  form.markAsDirty();
  return true;
}

/**
 * One step up or down, as the keyboard moves a question: past the first or last question of a section it moves
 * into the end of the section before or the start of the section after. Answers where it went, or null.
 */
export function stepField(form: DefinitionForm, at: { section: number; index: number }, step: -1 | 1): { section: number; index: number } | null {
  const sections = form.controls.sections;
  const count = sections.at(at.section).controls.fields.length;
  const within = at.index + step;
  let to: { section: number; index: number } | null = null;
  if (within >= 0 && within < count) to = { section: at.section, index: within };
  else if (step === -1 && at.section > 0) to = { section: at.section - 1, index: sections.at(at.section - 1).controls.fields.length };
  else if (step === 1 && at.section < sections.length - 1) to = { section: at.section + 1, index: 0 };
  return to && moveField(form, at, to) ? to : null;
}

export function addOption(form: DefinitionForm, field: FieldForm): void {
  const used = new Set(field.controls.options.controls.map((option) => option.controls.value.value));
  let n = field.controls.options.length + 1;
  while (used.has(String(n))) n += 1;
  field.controls.options.push(optionForm({ value: String(n), label: '' }));
  form.markAsDirty();
}

export function removeOption(form: DefinitionForm, field: FieldForm, index: number): void {
  field.controls.options.removeAt(index);
  form.markAsDirty();
}

export function moveOption(form: DefinitionForm, field: FieldForm, from: number, to: number): boolean {
  return moveIn(form, field.controls.options, from, to);
}

/** A new type keeps what fits; a choice without options gets two to start with. */
export function changeType(form: DefinitionForm, field: FieldForm, type: FieldType): void {
  field.controls.type.setValue(type);
  if (type === 'choice' && field.controls.options.length === 0) {
    for (const option of defaultOptions()) field.controls.options.push(optionForm(option));
  }
  if (type === 'scale' && field.controls.min.value === null && field.controls.max.value === null) {
    field.patchValue({ min: 1, max: 5 });
  }
  form.markAsDirty();
}

function moveIn(form: DefinitionForm, array: FormArray, from: number, to: number): boolean {
  if (from === to || from < 0 || to < 0 || from >= array.length || to >= array.length) return false;
  const control = array.at(from);
  array.removeAt(from, { emitEvent: false });
  array.insert(to, control);
  form.markAsDirty();
  return true;
}

// --- to and from the definition -------------------------------------------------------------------------

function trimmed(value: string): string | undefined {
  const result = value.trim();
  return result === '' ? undefined : result;
}

function whole(value: number | null): number | undefined {
  return value === null || (value as unknown) === '' ? undefined : Number(value);
}

/** A question as the API takes it: only the members of its type, empty texts left out. */
export function toField(form: FieldForm): Field {
  const v = form.getRawValue();
  const limits = LIMITS_OF[v.type];
  const hurt = trimmed(v.perspectiveLabels.hurt);
  const involved = trimmed(v.perspectiveLabels.involved);
  const flagWhen = v.options.filter((option) => option.flag).map((option) => option.value.trim());
  const field: { -readonly [K in keyof Field]: Field[K] } = { id: v.id, type: v.type, label: v.label.trim() };
  const help = trimmed(v.help);
  if (help) field.help = help;
  if (v.required) field.required = true;
  if (hurt || involved) field.perspectiveLabels = { ...(hurt && { hurt }), ...(involved && { involved }) };
  if (limits.scale) {
    const min = whole(v.min);
    const max = whole(v.max);
    const minLabel = trimmed(v.minLabel);
    const maxLabel = trimmed(v.maxLabel);
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
    if (minLabel) field.minLabel = minLabel;
    if (maxLabel) field.maxLabel = maxLabel;
  }
  if (limits.maxLength && whole(v.maxLength) !== undefined) field.maxLength = whole(v.maxLength);
  if (limits.maxItems && whole(v.maxItems) !== undefined) field.maxItems = whole(v.maxItems);
  if (limits.options) {
    field.options = v.options.map((option) => ({ value: option.value.trim(), label: option.label.trim() }));
    if (flagWhen.length > 0) field.flagWhen = flagWhen;
  }
  if (v.counselorOnly) field.counselorOnly = true;
  return field;
}

/** The definition as POST/PATCH take it and a file holds it (sections and questions in the form's order). */
export function toBody(form: DefinitionForm): DefinitionBody {
  const scoring = form.controls.scoring.value;
  return {
    title: form.controls.title.value.trim(),
    summary: form.controls.summary.value.trim(),
    sections: form.controls.sections.controls.map((section) => {
      const intro = trimmed(section.controls.intro.value);
      return {
        id: section.controls.id.value,
        title: section.controls.title.value.trim(),
        ...(intro && { intro }),
        fields: section.controls.fields.controls.map(toField),
      };
    }),
    ...(scoring && { scoring }),
  };
}
