import type { ExerciseLocale } from './locale';

/**
 * The emotion vocabulary. Keys are stable forever (stored in answers): more may be added,
 * none removed or renamed.
 */
export const EMOTION_KEYS = [
  'anger',
  'sadness',
  'betrayal',
  'disappointment',
  'fear',
  'confusion',
  'hurt',
  'regret',
  'guilt',
  'shame',
  'remorse',
] as const;

export type EmotionKey = (typeof EMOTION_KEYS)[number];

export const EMOTION_LABELS: Readonly<Record<EmotionKey, string>> = {
  anger: 'Anger',
  sadness: 'Sadness',
  betrayal: 'Betrayal',
  disappointment: 'Disappointment',
  fear: 'Fear',
  confusion: 'Confusion',
  hurt: 'Hurt',
  regret: 'Regret',
  guilt: 'Guilt',
  shame: 'Shame',
  remorse: 'Remorse',
};

/** The same feelings in Spanish. */
export const EMOTION_LABELS_ES: Readonly<Record<EmotionKey, string>> = {
  anger: 'Enojo',
  sadness: 'Tristeza',
  betrayal: 'Traición',
  disappointment: 'Decepción',
  fear: 'Miedo',
  confusion: 'Confusión',
  hurt: 'Dolor',
  regret: 'Arrepentimiento',
  guilt: 'Culpa',
  shame: 'Vergüenza',
  remorse: 'Remordimiento',
};

/** The names of the feelings in `locale`. */
export function emotionLabels(locale: ExerciseLocale): Readonly<Record<EmotionKey, string>> {
  return locale === 'es' ? EMOTION_LABELS_ES : EMOTION_LABELS;
}

export const MIN_INTENSITY = 0;
export const MAX_INTENSITY = 10;

export function isEmotionKey(value: unknown): value is EmotionKey {
  return typeof value === 'string' && (EMOTION_KEYS as readonly string[]).includes(value);
}
