import { EMOTION_LABELS_ES, isEmotionKey, MAX_INTENSITY, MIN_INTENSITY } from './emotions';
import type { ExerciseLocale } from './locale';
import type { ChoiceOption } from './model';

const QUOTED_MAX = 40;

/** A user-supplied string, shortened and quoted, safe to put in a message. */
export function quoted(value: string): string {
  return JSON.stringify(
    value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX)}…` : value,
  );
}

/** The wording of every validation message: sentences a person can act on. */
export const answerMessages = {
  notAnObject: 'Answers must be sent as an object with one entry per question.',
  unknownQuestion:
    'This question is not part of this exercise. Remove this answer.',
  required: 'This question needs an answer before you submit.',
  unexpectedPart: (key: string) =>
    `This answer has an unexpected part, ${quoted(key)}. Remove it.`,

  text: 'Write your answer as text.',
  tooLong: (max: number, actual: number) =>
    `Keep this to ${max} characters or fewer (it has ${actual}).`,

  scale: (min: number, max: number) => `Choose a number from ${min} to ${max}.`,

  choice: (options: readonly ChoiceOption[]) =>
    options.length === 0
      ? 'This question has no options to choose from. Leave it empty.'
      : `Choose one of the options: ${options.map((option) => `"${option.label}"`).join(', ')}.`,

  emotions: `Choose feelings from the list, each with a strength from ${MIN_INTENSITY} to ${MAX_INTENSITY} if you want to give one.`,
  emotionEntry: `Each feeling needs a name from the list, and may have a strength from ${MIN_INTENSITY} to ${MAX_INTENSITY}.`,
  emotionMissing: 'Choose a feeling from the list.',
  emotionUnknown: (value: string) =>
    `Choose a feeling from the list; ${quoted(value)} is not one of them.`,
  emotionRepeated: (emotion: string, count: number) =>
    `Each feeling can be chosen once; "${emotion}" appears ${count === 2 ? 'twice' : `${count} times`}.`,
  intensity: `Choose a strength from ${MIN_INTENSITY} to ${MAX_INTENSITY}, or leave it unset.`,
  tooManyEmotions: (max: number, actual: number) =>
    `Choose up to ${max} feelings (there are ${actual}).`,

  list: 'Write your answer as a list of short items.',
  listItem: 'Write each item as text.',
  tooManyItems: (max: number, actual: number) =>
    `Keep this to ${max} items or fewer (there are ${actual}).`,

  iStatements: 'Write your answer as a list of "I" statements.',
  iStatement:
    'Each "I" statement has four parts: feel, when, because and need.',
  iStatementPart: 'Write this part as text (it may be left empty).',
  tooManyIStatements: (max: number, actual: number) =>
    `Write up to ${max} "I" statements (there are ${actual}).`,

  feelingsTable:
    'Write your answer as two columns of feelings: "mine" (what you feel) and "partner" (what you believe your partner feels).',
} as const;

/** The shape of the messages in every language: the same keys, the same arguments. */
export type AnswerMessages = {
  readonly [K in keyof typeof answerMessages]: (typeof answerMessages)[K] extends string ? string : (typeof answerMessages)[K];
};

/** The same messages in Spanish (tú, plain words). */
export const answerMessagesEs: AnswerMessages = {
  notAnObject: 'Las respuestas tienen que enviarse como un objeto, con una entrada por pregunta.',
  unknownQuestion: 'Esta pregunta no es parte de este ejercicio. Quita esta respuesta.',
  required: 'Esta pregunta necesita una respuesta antes de enviar.',
  unexpectedPart: (key: string) => `Esta respuesta tiene una parte inesperada, ${quoted(key)}. Quítala.`,

  text: 'Escribe tu respuesta como texto.',
  tooLong: (max: number, actual: number) => `Usa como máximo ${max} caracteres (ahora hay ${actual}).`,

  scale: (min: number, max: number) => `Elige un número del ${min} al ${max}.`,

  choice: (options: readonly ChoiceOption[]) =>
    options.length === 0
      ? 'Esta pregunta no tiene opciones para elegir. Déjala vacía.'
      : `Elige una de las opciones: ${options.map((option) => `«${option.label}»`).join(', ')}.`,

  emotions: `Elige sentimientos de la lista; si quieres, dale a cada uno una intensidad del ${MIN_INTENSITY} al ${MAX_INTENSITY}.`,
  emotionEntry: `Cada sentimiento necesita un nombre de la lista y puede tener una intensidad del ${MIN_INTENSITY} al ${MAX_INTENSITY}.`,
  emotionMissing: 'Elige un sentimiento de la lista.',
  emotionUnknown: (value: string) => `Elige un sentimiento de la lista; ${quoted(value)} no está en ella.`,
  emotionRepeated: (emotion: string, count: number) =>
    `Cada sentimiento se puede elegir una vez; «${isEmotionKey(emotion) ? EMOTION_LABELS_ES[emotion] : emotion}» aparece ${count === 2 ? 'dos veces' : `${count} veces`}.`,
  intensity: `Elige una intensidad del ${MIN_INTENSITY} al ${MAX_INTENSITY}, o déjala sin marcar.`,
  tooManyEmotions: (max: number, actual: number) => `Elige hasta ${max} sentimientos (hay ${actual}).`,

  list: 'Escribe tu respuesta como una lista de frases cortas.',
  listItem: 'Escribe cada punto como texto.',
  tooManyItems: (max: number, actual: number) => `Usa como máximo ${max} puntos (hay ${actual}).`,

  iStatements: 'Escribe tu respuesta como una lista de frases desde el «yo».',
  iStatement: 'Cada frase desde el «yo» tiene cuatro partes: siento, cuando, porque y necesito.',
  iStatementPart: 'Escribe esta parte como texto (puede quedar vacía).',
  tooManyIStatements: (max: number, actual: number) => `Escribe hasta ${max} frases desde el «yo» (hay ${actual}).`,

  feelingsTable:
    'Escribe tu respuesta como dos columnas de sentimientos: «mine» (lo que sientes) y «partner» (lo que crees que siente tu pareja).',
};

const MESSAGES: Readonly<Record<ExerciseLocale, AnswerMessages>> = { en: answerMessages, es: answerMessagesEs };

/** The validation messages in `locale`. */
export function answerMessagesFor(locale: ExerciseLocale): AnswerMessages {
  return MESSAGES[locale];
}
