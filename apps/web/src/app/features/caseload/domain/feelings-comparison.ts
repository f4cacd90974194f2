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
 * - `intensity`: both named it and both set an intensity, at least `INTENSITY_GAP_THRESHOLD` apart;
 * - `null`: both named it, with close intensities or with an intensity left unset on either
 *   side (an untouched intensity is no answer, so it is never a difference).
 */
export type FeelingsDifferenceKind = 'missed' | 'not_reported' | 'intensity';

export interface FeelingsComparisonRow {
  readonly emotion: string;
  /** The other partner named it in their "what I feel" column. */
  readonly reportedNamed: boolean;
  /** The guesser named it in their "what my partner feels" column. */
  readonly guessedNamed: boolean;
  /** The intensity the other partner reported; absent when not reported or not set. */
  readonly reported?: number;
  /** The intensity the guesser believed; absent when not guessed or not set. */
  readonly guessed?: number;
  readonly difference: FeelingsDifferenceKind | null;
  /**
   * How far apart the two are, 0–10: the intensity of the missed or unreported emotion (0 when it
   * was named without one), or the distance between the two intensities (0 when one is unset).
   * Used to rank the largest differences.
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
  const guessed = named(guess);
  const reportedBy = named(reported);
  const emotions = new Set([...reportedBy.keys(), ...guessed.keys()]);
  const rows: FeelingsComparisonRow[] = [...emotions].map((emotion) => row(emotion, reportedBy.get(emotion), guessed.get(emotion)));
  rows.sort(byImportance);
  return { rows, differences: rows.filter((r) => r.difference !== null) };
}

/** An emotion a partner named, with the intensity they set (if any). */
interface Named {
  readonly intensity?: number;
}

function row(emotion: string, reported: Named | undefined, guessed: Named | undefined): FeelingsComparisonRow {
  const base = {
    emotion,
    reportedNamed: reported !== undefined,
    guessedNamed: guessed !== undefined,
    ...(reported?.intensity !== undefined ? { reported: reported.intensity } : {}),
    ...(guessed?.intensity !== undefined ? { guessed: guessed.intensity } : {}),
  };
  if (reported === undefined) {
    return { ...base, difference: 'not_reported', gap: guessed?.intensity ?? 0 };
  }
  if (guessed === undefined) {
    return { ...base, difference: 'missed', gap: reported.intensity ?? 0 };
  }
  if (reported.intensity === undefined || guessed.intensity === undefined) {
    return { ...base, difference: null, gap: 0 };
  }
  const gap = Math.abs(reported.intensity - guessed.intensity);
  return { ...base, difference: gap >= INTENSITY_GAP_THRESHOLD ? 'intensity' : null, gap };
}

/** Whether both named the emotion but at least one left its intensity unset (nothing to compare). */
export function intensityNotCompared(row: FeelingsComparisonRow): boolean {
  return row.reportedNamed && row.guessedNamed && (row.reported === undefined || row.guessed === undefined);
}

function named(list: readonly EmotionAnswer[]): Map<string, Named> {
  const map = new Map<string, Named>();
  for (const entry of list) {
    if (!map.has(entry.emotion)) map.set(entry.emotion, entry.intensity === undefined ? {} : { intensity: entry.intensity });
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
  return value.filter((entry): entry is EmotionAnswer => {
    if (!entry || typeof entry !== 'object' || typeof (entry as EmotionAnswer).emotion !== 'string') return false;
    const intensity = (entry as EmotionAnswer).intensity;
    return intensity === undefined || Number.isFinite(intensity);
  });
}
