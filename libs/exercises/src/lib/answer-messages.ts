import { MAX_INTENSITY, MIN_INTENSITY } from './emotions';
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
