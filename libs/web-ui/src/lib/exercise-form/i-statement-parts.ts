import type { IStatementAnswer } from '@trp/exercises';

export type IStatementPart = keyof IStatementAnswer;

/** The four parts of an "I" statement, in reading order, with their visible wording. */
export const I_STATEMENT_PARTS: readonly { readonly key: IStatementPart; readonly label: string }[] = [
  { key: 'feel', label: 'I feel' },
  { key: 'when', label: 'when' },
  { key: 'because', label: 'because' },
  { key: 'need', label: 'and I need' },
];

export const FEELINGS_TABLE_COLUMNS = {
  mine: 'What I feel',
  partner: 'What I believe my partner feels',
} as const;
