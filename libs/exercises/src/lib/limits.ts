import { EMOTION_KEYS } from './emotions';
import type { Field } from './model';

/**
 * The bounds validation applies when a field does not state its own. Released definitions state
 * theirs explicitly; these only keep answers bounded whatever a definition says.
 */
export const DEFAULT_LIMITS = {
  longTextMaxLength: 4000,
  shortTextMaxLength: 300,
  itemMaxLength: 300,
  listMaxItems: 10,
  iStatementMaxItems: 3,
  emotionsMaxItems: EMOTION_KEYS.length,
  scaleMin: 1,
  scaleMax: 10,
} as const;

/** The longest text allowed in a field (the whole text, or each item or "I" statement part). */
export function maxLengthOf(field: Field): number {
  if (field.maxLength !== undefined) {
    return field.maxLength;
  }
  switch (field.type) {
    case 'longText':
      return DEFAULT_LIMITS.longTextMaxLength;
    case 'shortText':
      return DEFAULT_LIMITS.shortTextMaxLength;
    default:
      return DEFAULT_LIMITS.itemMaxLength;
  }
}

/** The most items a list, "I" statement or emotions field takes (emotions: per column of a feelings table). */
export function maxItemsOf(field: Field): number {
  if (field.maxItems !== undefined) {
    return field.maxItems;
  }
  switch (field.type) {
    case 'list':
      return DEFAULT_LIMITS.listMaxItems;
    case 'iStatement':
      return DEFAULT_LIMITS.iStatementMaxItems;
    default:
      return DEFAULT_LIMITS.emotionsMaxItems;
  }
}

/** The inclusive range of a scale field. */
export function scaleRangeOf(field: Field): {
  readonly min: number;
  readonly max: number;
} {
  return {
    min: field.min ?? DEFAULT_LIMITS.scaleMin,
    max: field.max ?? DEFAULT_LIMITS.scaleMax,
  };
}
