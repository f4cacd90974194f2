import type { EmotionKey } from '@trp/exercises';

/** API path of a couple's change over time (DESIGN.md, "Change over time"). */
export const TRENDS_ROUTES = {
  coupleTrends: (coupleId: string) => `/api/couples/${coupleId}/trends`,
} as const;

/** One submission's value of a field: `value` for a scale, `emotions` (only intensities the partner set) for emotions. */
export interface TrendPoint {
  readonly assignmentId: string;
  readonly submittedAt: string;
  readonly value?: number;
  readonly emotions?: Partial<Record<EmotionKey, number>>;
}

export interface TrendPartnerSeries {
  readonly partnerId: string;
  readonly points: readonly TrendPoint[];
}

export interface TrendField {
  readonly fieldId: string;
  readonly label: string;
  readonly type: 'scale' | 'emotions';
  readonly min?: number;
  readonly max?: number;
  readonly partners: readonly TrendPartnerSeries[];
}

export interface ScorePoint {
  readonly assignmentId: string;
  readonly submittedAt: string;
  readonly value: number;
  readonly band?: string;
}

export interface ExerciseTrend {
  readonly exerciseKey: string;
  readonly title: string;
  readonly fields: readonly TrendField[];
  /** Only for a scored exercise. */
  readonly score?: { readonly partners: readonly { readonly partnerId: string; readonly points: readonly ScorePoint[] }[] };
}

/** GET /api/couples/:id/trends (counselor): submitted answers only, across versions by field id, oldest first. */
export interface CoupleTrends {
  readonly exercises: readonly ExerciseTrend[];
}
