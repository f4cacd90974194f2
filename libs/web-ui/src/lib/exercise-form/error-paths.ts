import type { AnswerError, AnswerValue, Field } from '@trp/exercises';
import { asEmotions, asFeelingsTable } from './answer-values';
import { EMOTION_TEXT } from './emotion-labels';
import { FEELINGS_TABLE_COLUMNS, I_STATEMENT_PARTS } from './i-statement-parts';

/** `fieldId[0].feel` → `{ fieldId: 'fieldId', rest: '[0].feel' }`. */
export function splitErrorPath(path: string): { fieldId: string; rest: string } {
  const match = /^([^.[]*)(.*)$/.exec(path);
  return { fieldId: match?.[1] ?? path, rest: match?.[2] ?? '' };
}

/** The errors of one field, with paths made relative to the field (`''` is the field itself). */
export function errorsForField(errors: readonly AnswerError[], fieldId: string): AnswerError[] {
  return errors.flatMap((error) => {
    const { fieldId: id, rest } = splitErrorPath(error.path);
    return id === fieldId ? [{ path: rest, message: error.message }] : [];
  });
}

/** True when `path` (relative to a field) is `prefix` or lies inside it. */
export function pathIsWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function emotionName(value: AnswerValue | undefined, index: number): string {
  const item = asEmotions(value)?.[index];
  return item ? EMOTION_TEXT[item.emotion] : $localize`:@@web-ui.error.emotion-n:Emotion ${index + 1}:number:`;
}

/**
 * Where inside a field an error sits, in words a partner understands ("Item 2",
 * "Statement 1, “because”", "What I feel, Anger"); `null` for the field as a whole.
 */
export function describeErrorLocation(
  field: Field,
  value: AnswerValue | undefined,
  relativePath: string,
): string | null {
  if (relativePath === '') return null;
  switch (field.type) {
    case 'list': {
      const match = /^\[(\d+)\]/.exec(relativePath);
      return match ? $localize`:@@web-ui.error.item-n:Item ${Number(match[1]) + 1}:number:` : null;
    }
    case 'iStatement': {
      const match = /^\[(\d+)\](?:\.(\w+))?/.exec(relativePath);
      if (!match) return null;
      const part = I_STATEMENT_PARTS.find((p) => p.key === match[2]);
      const statement = $localize`:@@web-ui.error.statement-n:Statement ${Number(match[1]) + 1}:number:`;
      return part ? $localize`:@@web-ui.error.statement-part:${statement}:statement:, “${part.label}:part:”` : statement;
    }
    case 'emotions': {
      const match = /^\[(\d+)\]/.exec(relativePath);
      return match ? emotionName(value, Number(match[1])) : null;
    }
    case 'feelingsTable': {
      const match = /^\.(mine|partner)(?:\[(\d+)\])?/.exec(relativePath);
      if (!match) return null;
      const column = match[1] as 'mine' | 'partner';
      const heading = FEELINGS_TABLE_COLUMNS[column];
      if (match[2] === undefined) return heading;
      const table = asFeelingsTable(value);
      return `${heading}, ${emotionName(table?.[column], Number(match[2]))}`;
    }
    default:
      return null;
  }
}

/** The message shown to the partner, prefixed with where the problem is. */
export function describeError(field: Field, value: AnswerValue | undefined, error: AnswerError): string {
  const location = describeErrorLocation(field, value, error.path);
  return location ? `${location}: ${error.message}` : error.message;
}
