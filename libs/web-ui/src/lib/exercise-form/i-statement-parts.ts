import type { IStatementAnswer } from '@trp/exercises';

export type IStatementPart = keyof IStatementAnswer;

/** The four parts of an "I" statement, in reading order, with their visible wording. */
export const I_STATEMENT_PARTS: readonly { readonly key: IStatementPart; readonly label: string }[] = [
  { key: 'feel', label: $localize`:@@web-ui.i-statement.feel:I feel` },
  { key: 'when', label: $localize`:@@web-ui.i-statement.when:when` },
  { key: 'because', label: $localize`:@@web-ui.i-statement.because:because` },
  { key: 'need', label: $localize`:@@web-ui.i-statement.need:and I need` },
];

export const FEELINGS_TABLE_COLUMNS = {
  mine: $localize`:@@web-ui.feelings.mine:What I feel`,
  partner: $localize`:@@web-ui.feelings.partner:What I believe my partner feels`,
};
