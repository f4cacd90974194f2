import { EXERCISE_LOCALES, type ExerciseLocale } from '@trp/exercises';

/**
 * The language of this copy of the app. Angular's i18n build sets `$localize.locale` before any code runs (one
 * translated copy per locale); an untranslated build (development, unit tests) is English. Exercise content, answer
 * checks and hints computed in the browser follow it.
 */
export function pageLocale(): ExerciseLocale {
  const locale = (globalThis as { $localize?: { locale?: string } }).$localize?.locale ?? '';
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return (EXERCISE_LOCALES as readonly string[]).includes(language) ? (language as ExerciseLocale) : 'en';
}
