import { deepFreeze } from './deep-freeze';
import { acknowledgeTheBreachV1Es } from './definitions/es/acknowledge-the-breach.v1.es';
import { communicateOpenlyV1Es } from './definitions/es/communicate-openly.v1.es';
import { setBoundariesV1Es } from './definitions/es/set-boundaries.v1.es';
import { weeklyCheckInV1Es } from './definitions/es/weekly-check-in.v1.es';
import { forYourCounselorSectionV1Es } from './definitions/es/for-your-counselor.v1.es';
import { forYourCounselorSectionV1 } from './definitions/for-your-counselor.v1';
import type { ExerciseLocale } from './locale';
import type { ExerciseDefinition, Field, Section } from './model';

/**
 * The words of one definition in another language, keyed by where they sit (see `definitionTexts`):
 * `title`, `summary`, `section.<id>.title|intro`, `field.<id>.label|help|minLabel|maxLabel`,
 * `field.<id>.perspectiveLabels.hurt|involved`, `field.<id>.option.<value>`, `band.<index>`.
 */
export type DefinitionTexts = Readonly<Record<string, string>>;

/** Translations per released `key@version`; English is the definitions themselves. Add one per new version. */
const TRANSLATIONS: Readonly<Record<string, Partial<Record<ExerciseLocale, DefinitionTexts>>>> = {
  'acknowledge-the-breach@1': { es: acknowledgeTheBreachV1Es },
  'communicate-openly@1': { es: communicateOpenlyV1Es },
  'set-boundaries@1': { es: setBoundariesV1Es },
  'weekly-check-in@1': { es: weeklyCheckInV1Es },
};

/** The translation of `key@version` into `locale`; `undefined` when there is none (English, a practice's own exercise). */
export function translationOf(key: string, version: number, locale: ExerciseLocale): DefinitionTexts | undefined {
  return Object.prototype.hasOwnProperty.call(TRANSLATIONS, `${key}@${version}`)
    ? TRANSLATIONS[`${key}@${version}`]?.[locale]
    : undefined;
}

/** Every text a person reads in a definition, as `[path, text]` in form order (the paths of `DefinitionTexts`). */
export function definitionTexts(definition: ExerciseDefinition): [string, string][] {
  const texts: [string, string][] = [
    ['title', definition.title],
    ['summary', definition.summary],
  ];
  for (const section of definition.sections) {
    texts.push([`section.${section.id}.title`, section.title]);
    if (section.intro !== undefined) texts.push([`section.${section.id}.intro`, section.intro]);
    for (const field of section.fields) {
      const at = `field.${field.id}`;
      texts.push([`${at}.label`, field.label]);
      if (field.perspectiveLabels?.hurt !== undefined) texts.push([`${at}.perspectiveLabels.hurt`, field.perspectiveLabels.hurt]);
      if (field.perspectiveLabels?.involved !== undefined) texts.push([`${at}.perspectiveLabels.involved`, field.perspectiveLabels.involved]);
      if (field.help !== undefined) texts.push([`${at}.help`, field.help]);
      if (field.minLabel !== undefined) texts.push([`${at}.minLabel`, field.minLabel]);
      if (field.maxLabel !== undefined) texts.push([`${at}.maxLabel`, field.maxLabel]);
      for (const option of field.options ?? []) texts.push([`${at}.option.${option.value}`, option.label]);
    }
  }
  (definition.scoring?.bands ?? []).forEach((band, index) => texts.push([`band.${index}`, band.label]));
  return texts;
}

/** The closing section's words per locale: a practice's own exercise ends with it too (the API appends it unchanged). */
const CLOSING_SECTION: Partial<Record<ExerciseLocale, DefinitionTexts>> = { es: forYourCounselorSectionV1Es };

/** The translation of the built-in closing section, when `definition` ends with it as released (a practice's own exercise). */
function closingSectionTexts(definition: ExerciseDefinition, locale: ExerciseLocale): DefinitionTexts | undefined {
  const closing = definition.sections.find((section) => section.id === forYourCounselorSectionV1.id);
  return closing?.title === forYourCounselorSectionV1.title ? CLOSING_SECTION[locale] : undefined;
}

const cache = new Map<string, ExerciseDefinition>();

/**
 * The definition in `locale`: the same key, version, ids, types, limits, values and scoring, with the words of its
 * translation. Pure; the result is deep-frozen and cached per key, version and locale. A definition without a
 * translation (English, a practice's own exercise) comes back as written, but for the built-in closing section a
 * practice's exercise ends with, which is translated like everywhere else.
 */
export function localizeDefinition(definition: ExerciseDefinition, locale: ExerciseLocale): ExerciseDefinition {
  const texts = translationOf(definition.key, definition.version, locale) ?? closingSectionTexts(definition, locale);
  if (!texts) return definition;
  const cacheKey = `${definition.key}@${definition.version}:${locale}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const text = (path: string, english: string): string => texts[path] ?? english;
  const localizeField = (field: Field): Field => {
    const at = `field.${field.id}`;
    const { hurt, involved } = field.perspectiveLabels ?? {};
    return {
      ...field,
      label: text(`${at}.label`, field.label),
      ...(field.perspectiveLabels && {
        perspectiveLabels: {
          ...field.perspectiveLabels,
          ...(hurt !== undefined && { hurt: text(`${at}.perspectiveLabels.hurt`, hurt) }),
          ...(involved !== undefined && { involved: text(`${at}.perspectiveLabels.involved`, involved) }),
        },
      }),
      ...(field.help !== undefined && { help: text(`${at}.help`, field.help) }),
      ...(field.minLabel !== undefined && { minLabel: text(`${at}.minLabel`, field.minLabel) }),
      ...(field.maxLabel !== undefined && { maxLabel: text(`${at}.maxLabel`, field.maxLabel) }),
      ...(field.options && {
        options: field.options.map((option) => ({ ...option, label: text(`${at}.option.${option.value}`, option.label) })),
      }),
    };
  };
  const localizeSection = (section: Section): Section => ({
    ...section,
    title: text(`section.${section.id}.title`, section.title),
    ...(section.intro !== undefined && { intro: text(`section.${section.id}.intro`, section.intro) }),
    fields: section.fields.map(localizeField),
  });
  const localized: ExerciseDefinition = deepFreeze({
    ...definition,
    title: text('title', definition.title),
    summary: text('summary', definition.summary),
    sections: definition.sections.map(localizeSection),
    ...(definition.scoring && {
      scoring: {
        ...definition.scoring,
        ...(definition.scoring.bands && {
          bands: definition.scoring.bands.map((band, index) => ({ ...band, label: text(`band.${index}`, band.label) })),
        }),
      },
    }),
  });
  cache.set(cacheKey, localized);
  return localized;
}
