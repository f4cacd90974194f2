import {
  type Answers,
  type AnswerValue,
  EMOTION_KEYS,
  type EmotionAnswer,
  type ExerciseDefinition,
  type FeelingsTableAnswer,
  fieldsOf,
} from '@trp/exercises';

/** An intensity guess this far (or further) from what the partner reported counts as a difference. */
export const INTENSITY_GAP_THRESHOLD = 3;

/**
 * How one partner's belief about an emotion of the other compares with what the other reported:
 * - `missed`: the other reported it, the guesser did not pick it;
 * - `not_reported`: the guesser picked it, the other did not report it;
 * - `intensity`: both named it, with intensities at least `INTENSITY_GAP_THRESHOLD` apart;
 * - `null`: both named it with close intensities (a match).
 */
export type FeelingsDifferenceKind = 'missed' | 'not_reported' | 'intensity';

export interface FeelingsComparisonRow {
  readonly emotion: string;
  /** What the other partner reported feeling (their "what I feel" column); absent when not reported. */
  readonly reported?: number;
  /** What the guesser believed the other feels (their "what my partner feels" column); absent when not guessed. */
  readonly guessed?: number;
  readonly difference: FeelingsDifferenceKind | null;
  /**
   * How far apart the two are, 0–10: the intensity of the missed or unreported emotion, or the
   * distance between the two intensities. Used to rank the largest differences.
   */
  readonly gap: number;
}

/**
 * One direction of the comparison: how `guesser`'s belief about the other partner's feelings compares
 * with what that partner (`reporter`) said they feel. `rows` hold every emotion either side named,
 * differences first (largest gap first), then the matches.
 */
export interface FeelingsComparison {
  readonly rows: readonly FeelingsComparisonRow[];
  readonly differences: readonly FeelingsComparisonRow[];
}

/**
 * Compares a guess of someone's emotions (`guess`) with what they reported (`reported`). Each
 * emotion is taken once (the first entry counts if a list repeats one). Rows are ordered by
 * difference first, largest gap first, then by the vocabulary order (unknown keys last, by name).
 */
export function compareFeelings(guess: readonly EmotionAnswer[], reported: readonly EmotionAnswer[]): FeelingsComparison {
  const guessed = intensities(guess);
  const reportedBy = intensities(reported);
  const emotions = new Set([...reportedBy.keys(), ...guessed.keys()]);
  const rows: FeelingsComparisonRow[] = [...emotions].map((emotion) => row(emotion, reportedBy.get(emotion), guessed.get(emotion)));
  rows.sort(byImportance);
  return { rows, differences: rows.filter((r) => r.difference !== null) };
}

function row(emotion: string, reported: number | undefined, guessed: number | undefined): FeelingsComparisonRow {
  if (reported === undefined) {
    return { emotion, guessed, difference: 'not_reported', gap: guessed ?? 0 };
  }
  if (guessed === undefined) {
    return { emotion, reported, difference: 'missed', gap: reported };
  }
  const gap = Math.abs(reported - guessed);
  return { emotion, reported, guessed, difference: gap >= INTENSITY_GAP_THRESHOLD ? 'intensity' : null, gap };
}

function intensities(list: readonly EmotionAnswer[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of list) {
    if (!map.has(entry.emotion)) map.set(entry.emotion, entry.intensity);
  }
  return map;
}

const VOCABULARY_ORDER = new Map<string, number>(EMOTION_KEYS.map((key, index) => [key, index]));

function byImportance(a: FeelingsComparisonRow, b: FeelingsComparisonRow): number {
  const differs = Number(b.difference !== null) - Number(a.difference !== null);
  if (differs !== 0) return differs;
  if (a.difference !== null && b.gap !== a.gap) return b.gap - a.gap;
  const orderA = VOCABULARY_ORDER.get(a.emotion) ?? Number.MAX_SAFE_INTEGER;
  const orderB = VOCABULARY_ORDER.get(b.emotion) ?? Number.MAX_SAFE_INTEGER;
  return orderA !== orderB ? orderA - orderB : a.emotion.localeCompare(b.emotion);
}

/** Both directions for one feelings-table question. A direction is null when either side is missing. */
export interface FeelingsTableComparison {
  readonly fieldId: string;
  readonly label: string;
  /** Partner A's belief about B's feelings against what B reported. */
  readonly aAboutB: FeelingsComparison | null;
  /** Partner B's belief about A's feelings against what A reported. */
  readonly bAboutA: FeelingsComparison | null;
}

/**
 * Compares the two partners' answers to every feelings table of the definition. A direction is
 * only compared when the guesser made a guess (a non-empty "what my partner feels" column) and the
 * other partner reported their own feelings (a non-empty "what I feel" column): an empty column is
 * a skipped question, not a claim that there are no feelings.
 */
export function compareFeelingsTables(definition: ExerciseDefinition, answersA: Answers | undefined, answersB: Answers | undefined): FeelingsTableComparison[] {
  return fieldsOf(definition)
    .filter((field) => field.type === 'feelingsTable')
    .map((field) => {
      const a = asFeelingsTable(answersA?.[field.id]);
      const b = asFeelingsTable(answersB?.[field.id]);
      return {
        fieldId: field.id,
        label: field.label,
        aAboutB: direction(a?.partner, b?.mine),
        bAboutA: direction(b?.partner, a?.mine),
      };
    });
}

function direction(guess: readonly EmotionAnswer[] | undefined, reported: readonly EmotionAnswer[] | undefined): FeelingsComparison | null {
  if (!guess?.length || !reported?.length) return null;
  return compareFeelings(guess, reported);
}

function asFeelingsTable(value: AnswerValue | undefined): FeelingsTableAnswer | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const table = value as Partial<FeelingsTableAnswer>;
  return {
    mine: asEmotionList(table.mine),
    partner: asEmotionList(table.partner),
  };
}

function asEmotionList(value: unknown): EmotionAnswer[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is EmotionAnswer =>
      !!entry && typeof entry === 'object' && typeof (entry as EmotionAnswer).emotion === 'string' && Number.isFinite((entry as EmotionAnswer).intensity),
  );
}
