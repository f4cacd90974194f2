/**
 * The languages exercise content comes in. The same list as `LOCALES` in @trp/contracts (which depends on this
 * library, so it cannot be imported here); a test there keeps the two equal.
 */
export const EXERCISE_LOCALES = ['en', 'es'] as const;
export type ExerciseLocale = (typeof EXERCISE_LOCALES)[number];
