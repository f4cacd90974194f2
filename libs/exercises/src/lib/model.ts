/**
 * The typed model of exercise definitions and answers (DESIGN.md, "The exercises").
 * Shared by the API (validation) and the web app (form rendering): no framework imports here.
 */
import type { EmotionKey } from './emotions';

export type Perspective = 'hurt' | 'involved' | 'unspecified';

export type FieldType =
  | 'longText'
  | 'shortText'
  | 'scale'
  | 'emotions'
  | 'list'
  | 'iStatement'
  | 'feelingsTable'
  | 'choice';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface Field {
  readonly id: string;
  readonly type: FieldType;
  /** Neutral wording, shown for the `unspecified` perspective and when no override exists. */
  readonly label: string;
  readonly help?: string;
  readonly required?: boolean;
  /** Wording per perspective; falls back to `label`. */
  readonly perspectiveLabels?: {
    readonly hurt?: string;
    readonly involved?: string;
  };
  /** scale */
  readonly min?: number;
  readonly max?: number;
  readonly minLabel?: string;
  readonly maxLabel?: string;
  /** texts, items of lists and iStatements */
  readonly maxLength?: number;
  /** list, iStatement, emotions */
  readonly maxItems?: number;
  /** choice */
  readonly options?: readonly ChoiceOption[];
  /** Never shown to the other partner, whatever the assignment's visibility. */
  readonly counselorOnly?: true;
  /** Choice values that raise a safety flag for the counselor. */
  readonly flagWhen?: readonly string[];
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly fields: readonly Field[];
}

/** One scored item: a `scale` field of the definition; a reversed item counts `min + max − value`. */
export interface ScoringField {
  readonly fieldId: string;
  readonly reverse?: boolean;
}

/** A labelled range of scores, both ends included. */
export interface ScoreBand {
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

/** How a scored check-in turns its scale answers into one number (DESIGN.md, "Change over time"). */
export interface Scoring {
  readonly fields: readonly ScoringField[];
  readonly bands?: readonly ScoreBand[];
}

export interface ExerciseDefinition {
  readonly key: string;
  readonly version: number;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly Section[];
  /** Optional: the score of a scored check-in, the sum of some of its `scale` fields. */
  readonly scoring?: Scoring;
}

export interface EmotionAnswer {
  readonly emotion: EmotionKey;
  /**
   * 0..10, only when the partner set it. An emotion picked without touching its strength has
   * none: an untouched intensity is no answer (DESIGN.md, "What the first outside walkthrough changed").
   */
  readonly intensity?: number;
}

export interface IStatementAnswer {
  readonly feel: string;
  readonly when: string;
  readonly because: string;
  readonly need: string;
}

export interface FeelingsTableAnswer {
  readonly mine: readonly EmotionAnswer[];
  readonly partner: readonly EmotionAnswer[];
}

export type AnswerValue =
  | string
  | number
  | readonly EmotionAnswer[]
  | readonly string[]
  | readonly IStatementAnswer[]
  | FeelingsTableAnswer;

/** Keyed by field id; an omitted field is a skipped question. */
export type Answers = Readonly<Record<string, AnswerValue>>;
