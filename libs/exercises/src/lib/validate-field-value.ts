import type { AnswerMessages } from './answer-messages';
import { isEmotionKey, MAX_INTENSITY, MIN_INTENSITY } from './emotions';
import { maxItemsOf, maxLengthOf, scaleRangeOf } from './limits';
import type {
  AnswerValue,
  EmotionAnswer,
  FeelingsTableAnswer,
  Field,
  IStatementAnswer,
} from './model';
import { normalizeText } from './normalize-text';
import { isPlainObject, ownValue, pathKey } from './plain-json';

export interface AnswerError {
  /** Where the problem is: `fieldId`, `fieldId[2]`, `fieldId[0].feel`, `fieldId.mine[1].intensity`; `''` for the whole answers. */
  readonly path: string;
  /** A sentence the person answering can act on. */
  readonly message: string;
}

const I_STATEMENT_PARTS = ['feel', 'when', 'because', 'need'] as const;
const EMOTION_ENTRY_KEYS = ['emotion', 'intensity'] as const;
const FEELINGS_TABLE_COLUMNS = ['mine', 'partner'] as const;

/**
 * Checks one field's answer (never `undefined` or `null`: the caller treats those as skipped).
 * Pushes each problem onto `errors` and returns the normalized value, or `undefined` when the
 * answer is empty (an empty text, list, …) or invalid.
 */
export function validateFieldValue(
  field: Field,
  raw: unknown,
  errors: AnswerError[],
  messages: AnswerMessages,
): AnswerValue | undefined {
  const path = field.id;
  switch (field.type) {
    case 'longText':
    case 'shortText':
      return (
        validateText(raw, maxLengthOf(field), path, errors, messages, messages.text) ||
        undefined
      );
    case 'scale':
      return validateScale(field, raw, path, errors, messages);
    case 'choice':
      return validateChoice(field, raw, path, errors, messages);
    case 'emotions':
      return nonEmpty(validateEmotions(field, raw, path, errors, messages));
    case 'list':
      return validateList(field, raw, path, errors, messages);
    case 'iStatement':
      return validateIStatements(field, raw, path, errors, messages);
    case 'feelingsTable':
      return validateFeelingsTable(field, raw, path, errors, messages);
    default:
      // Only reachable with a malformed definition: refuse rather than store unchecked data.
      errors.push({ path, message: messages.unknownQuestion });
      return undefined;
  }
}

function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** A normalized text ('' when empty), or `undefined` when it is not a string. */
function validateText(
  raw: unknown,
  maxLength: number,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
  notTextMessage: string,
): string | undefined {
  if (typeof raw !== 'string') {
    errors.push({ path, message: notTextMessage });
    return undefined;
  }
  const text = normalizeText(raw);
  if (text.length > maxLength) {
    errors.push({ path, message: messages.tooLong(maxLength, text.length) });
  }
  return text;
}

function isIntegerIn(
  value: unknown,
  min: number,
  max: number,
): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= min &&
    value <= max
  );
}

/** `-0` becomes `0`, so a value looks the same after a JSON round trip. */
function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

function validateScale(
  field: Field,
  raw: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): number | undefined {
  const { min, max } = scaleRangeOf(field);
  if (!isIntegerIn(raw, min, max)) {
    errors.push({ path, message: messages.scale(min, max) });
    return undefined;
  }
  return withoutNegativeZero(raw);
}

function validateChoice(
  field: Field,
  raw: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): string | undefined {
  const options = field.options ?? [];
  const choiceMessage = messages.choice(options);
  const value = validateText(
    raw,
    Number.POSITIVE_INFINITY,
    path,
    errors, messages,
    choiceMessage,
  );
  if (value === undefined || value === '') {
    return undefined;
  }
  if (!options.some((option) => option.value === value)) {
    errors.push({ path, message: choiceMessage });
    return undefined;
  }
  return value;
}

function rejectUnexpectedKeys(
  entry: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): void {
  for (const key of Object.keys(entry)) {
    if (!allowed.includes(key)) {
      errors.push({
        path: `${path}.${pathKey(key)}`,
        message: messages.unexpectedPart(key),
      });
    }
  }
}

function countEmotions(raw: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < raw.length; index++) {
    const entry = raw[index];
    const emotion = isPlainObject(entry)
      ? ownValue(entry, 'emotion')
      : undefined;
    if (isEmotionKey(emotion)) {
      counts.set(emotion, (counts.get(emotion) ?? 0) + 1);
    }
  }
  return counts;
}

/** The valid entries of an emotions answer (or of one feelings-table column). */
function validateEmotions(
  field: Field,
  raw: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): readonly EmotionAnswer[] {
  if (!Array.isArray(raw)) {
    errors.push({ path, message: messages.emotions });
    return [];
  }
  const maxItems = maxItemsOf(field);
  if (raw.length > maxItems) {
    errors.push({
      path,
      message: messages.tooManyEmotions(maxItems, raw.length),
    });
  }
  const counts = countEmotions(raw);
  const seen = new Set<string>();
  const reported = new Set<string>();
  const entries: EmotionAnswer[] = [];
  // An index loop, not forEach: holes in a sparse array must be reported, not skipped.
  for (let index = 0; index < raw.length; index++) {
    const entryPath = `${path}[${index}]`;
    const entry: unknown = raw[index];
    if (!isPlainObject(entry)) {
      errors.push({ path: entryPath, message: messages.emotionEntry });
      continue;
    }
    rejectUnexpectedKeys(entry, EMOTION_ENTRY_KEYS, entryPath, errors, messages);
    const emotion = ownValue(entry, 'emotion');
    const intensity = ownValue(entry, 'intensity');
    let valid = true;
    if (typeof emotion !== 'string') {
      errors.push({
        path: `${entryPath}.emotion`,
        message: messages.emotionMissing,
      });
      valid = false;
    } else if (!isEmotionKey(emotion)) {
      errors.push({
        path: `${entryPath}.emotion`,
        message: messages.emotionUnknown(emotion),
      });
      valid = false;
    } else if (seen.has(emotion)) {
      if (!reported.has(emotion)) {
        const count = counts.get(emotion) ?? 2;
        errors.push({
          path: `${entryPath}.emotion`,
          message: messages.emotionRepeated(emotion, count),
        });
        reported.add(emotion);
      }
      valid = false;
    } else {
      seen.add(emotion);
    }
    // An absent intensity is a feeling named without a strength (JSON has no `undefined`);
    // `null` is not a way to say so.
    if (
      intensity !== undefined &&
      !isIntegerIn(intensity, MIN_INTENSITY, MAX_INTENSITY)
    ) {
      errors.push({
        path: `${entryPath}.intensity`,
        message: messages.intensity,
      });
      valid = false;
    }
    if (valid && isEmotionKey(emotion)) {
      entries.push(
        typeof intensity === 'number'
          ? { emotion, intensity: withoutNegativeZero(intensity) }
          : { emotion },
      );
    }
  }
  return entries;
}

function validateList(
  field: Field,
  raw: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): readonly string[] | undefined {
  if (!Array.isArray(raw)) {
    errors.push({ path, message: messages.list });
    return undefined;
  }
  const maxLength = maxLengthOf(field);
  const items: string[] = [];
  for (let index = 0; index < raw.length; index++) {
    const item = validateText(
      raw[index],
      maxLength,
      `${path}[${index}]`,
      errors, messages,
      messages.listItem,
    );
    if (item) {
      items.push(item);
    }
  }
  const maxItems = maxItemsOf(field);
  if (items.length > maxItems) {
    errors.push({
      path,
      message: messages.tooManyItems(maxItems, items.length),
    });
  }
  return nonEmpty(items);
}

function validateIStatement(
  field: Field,
  entry: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): IStatementAnswer | undefined {
  if (!isPlainObject(entry)) {
    errors.push({ path, message: messages.iStatement });
    return undefined;
  }
  rejectUnexpectedKeys(entry, I_STATEMENT_PARTS, path, errors, messages);
  const maxLength = maxLengthOf(field);
  const [feel, when, because, need] = I_STATEMENT_PARTS.map(
    (part) =>
      validateText(
        ownValue(entry, part),
        maxLength,
        `${path}.${part}`,
        errors, messages,
        messages.iStatementPart,
      ) ?? '',
  );
  return feel || when || because || need
    ? { feel, when, because, need }
    : undefined;
}

function validateIStatements(
  field: Field,
  raw: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): readonly IStatementAnswer[] | undefined {
  if (!Array.isArray(raw)) {
    errors.push({ path, message: messages.iStatements });
    return undefined;
  }
  const statements: IStatementAnswer[] = [];
  for (let index = 0; index < raw.length; index++) {
    const statement = validateIStatement(
      field,
      raw[index],
      `${path}[${index}]`,
      errors, messages,
    );
    if (statement) {
      statements.push(statement);
    }
  }
  const maxItems = maxItemsOf(field);
  if (statements.length > maxItems) {
    errors.push({
      path,
      message: messages.tooManyIStatements(maxItems, statements.length),
    });
  }
  return nonEmpty(statements);
}

function validateFeelingsTable(
  field: Field,
  raw: unknown,
  path: string,
  errors: AnswerError[],
  messages: AnswerMessages,
): FeelingsTableAnswer | undefined {
  if (!isPlainObject(raw)) {
    errors.push({ path, message: messages.feelingsTable });
    return undefined;
  }
  rejectUnexpectedKeys(raw, FEELINGS_TABLE_COLUMNS, path, errors, messages);
  const mine = validateEmotions(
    field,
    ownValue(raw, 'mine'),
    `${path}.mine`,
    errors, messages,
  );
  const partner = validateEmotions(
    field,
    ownValue(raw, 'partner'),
    `${path}.partner`,
    errors, messages,
  );
  return mine.length > 0 || partner.length > 0 ? { mine, partner } : undefined;
}
