/**
 * Narrowing of stored answers to the shape each field type expects. Answers come from the
 * server (or a draft saved by an older version of the app), so a value of the wrong shape is
 * treated as "no answer" rather than trusted.
 */
import {
  type AnswerValue,
  type EmotionAnswer,
  type FeelingsTableAnswer,
  type IStatementAnswer,
  isEmotionKey,
} from '@trp/exercises';

export function asText(value: AnswerValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function asInteger(value: AnswerValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function isEmotionAnswer(item: unknown): item is EmotionAnswer {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as { emotion?: unknown; intensity?: unknown };
  // An intensity is optional: a feeling picked without touching its slider has none.
  return isEmotionKey(candidate.emotion) && (candidate.intensity === undefined || typeof candidate.intensity === 'number');
}

export function asEmotions(value: AnswerValue | undefined): readonly EmotionAnswer[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = (value as readonly unknown[]).filter(isEmotionAnswer);
  return items.length ? items : undefined;
}

export function asStringList(value: AnswerValue | undefined): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = (value as readonly unknown[]).filter((item): item is string => typeof item === 'string');
  return items.length ? items : undefined;
}

function isIStatement(item: unknown): item is IStatementAnswer {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as Record<string, unknown>;
  return (['feel', 'when', 'because', 'need'] as const).every((part) => typeof candidate[part] === 'string');
}

export function asIStatements(value: AnswerValue | undefined): readonly IStatementAnswer[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = (value as readonly unknown[]).filter(isIStatement);
  return items.length ? items : undefined;
}

export function asFeelingsTable(value: AnswerValue | undefined): FeelingsTableAnswer | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const candidate = value as { mine?: unknown; partner?: unknown };
  const mine = Array.isArray(candidate.mine) ? (candidate.mine as unknown[]).filter(isEmotionAnswer) : [];
  const partner = Array.isArray(candidate.partner)
    ? (candidate.partner as unknown[]).filter(isEmotionAnswer)
    : [];
  return mine.length || partner.length ? { mine, partner } : undefined;
}

/** An empty answer is omitted from the answers object (a skipped question). */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const table = value as FeelingsTableAnswer;
    return (table.mine?.length ?? 0) === 0 && (table.partner?.length ?? 0) === 0;
  }
  return false;
}
