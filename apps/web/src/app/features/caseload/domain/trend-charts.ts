import type { CoupleTrends, ExerciseTrend, PartnerView } from '@trp/contracts';
import { EMOTION_KEYS, type EmotionKey, type ExerciseDefinition, fieldsOf, isExerciseKey, scoreRange } from '@trp/exercises';
import { builtInDefinition, type DefinitionLookup } from './definition-lookup';
import type { TrendChartData } from '@trp/web-ui';
import { EMOTION_TEXT } from '@trp/web-ui/i18n';

/** The charts of one exercise: its score (when scored), then its scales, then each emotion felt. */
export interface ExerciseCharts {
  readonly exerciseKey: string;
  readonly title: string;
  /** A built-in scored check-in: written for this app, not a validated instrument. */
  readonly ownCheckIn: boolean;
  readonly charts: readonly TrendChartData[];
}

type Named = Pick<PartnerView, 'id' | 'displayName'>;

interface Slot {
  readonly assignmentId: string;
  readonly submittedAt: string;
}

/** Every assignment that has a point, oldest first by its first submission: the charts' common x axis. */
function slotsOf(exercise: ExerciseTrend): Slot[] {
  const first = new Map<string, string>();
  const points = [
    ...exercise.fields.flatMap((field) => field.partners.flatMap((series) => series.points)),
    ...(exercise.score?.partners.flatMap((series) => series.points) ?? []),
  ];
  for (const point of points) {
    const known = first.get(point.assignmentId);
    if (!known || point.submittedAt < known) first.set(point.assignmentId, point.submittedAt);
  }
  return [...first.entries()]
    .map(([assignmentId, submittedAt]) => ({ assignmentId, submittedAt }))
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.assignmentId.localeCompare(b.assignmentId));
}

function nameOf(partners: readonly Named[], partnerId: string, index: number): string {
  return partners.find((partner) => partner.id === partnerId)?.displayName ?? $localize`:@@caseload.common.partner-n:Partner ${index + 1}:number:`;
}

/**
 * Turns `GET /api/couples/:id/trends` into chart data, one list per exercise (only `exerciseKey` when given).
 * Each chart has one line per partner over the same points; `formatDay` labels the points.
 */
export function exerciseCharts(
  trends: CoupleTrends,
  partners: readonly Named[],
  formatDay: (iso: string) => string,
  exerciseKey?: string,
  lookup: DefinitionLookup = builtInDefinition,
): ExerciseCharts[] {
  return trends.exercises
    .filter((exercise) => exerciseKey === undefined || exercise.exerciseKey === exerciseKey)
    .map((exercise) => {
      const slots = slotsOf(exercise);
      const labels = slots.map((slot) => formatDay(slot.submittedAt));
      const at = <T extends { assignmentId: string }>(points: readonly T[]) => slots.map((slot) => points.find((p) => p.assignmentId === slot.assignmentId));
      const charts: TrendChartData[] = [];

      const definition = lookup(exercise.exerciseKey);
      const range = definition ? scoreRange(definition) : undefined;
      if (exercise.score && range) {
        const series = exercise.score.partners.map((s, i) => ({ name: nameOf(partners, s.partnerId, i), points: at(s.points) }));
        charts.push({
          title: $localize`:@@caseload.trend.score:Score`,
          labels,
          min: range.min,
          max: range.max,
          series: series.map((s) => ({ name: s.name, values: s.points.map((p) => p?.value ?? null) })),
          notes: series.map((s) => s.points.map((p) => p?.band ?? null)),
        });
      }
      for (const field of exercise.fields.filter((f) => f.type === 'scale')) {
        charts.push({
          title: field.label,
          labels,
          min: field.min ?? 0,
          max: field.max ?? 10,
          series: field.partners.map((s, i) => ({ name: nameOf(partners, s.partnerId, i), values: at(s.points).map((p) => p?.value ?? null) })),
        });
      }
      for (const field of exercise.fields.filter((f) => f.type === 'emotions')) {
        const felt = EMOTION_KEYS.filter((emotion) => field.partners.some((s) => s.points.some((p) => p.emotions?.[emotion] !== undefined)));
        for (const emotion of felt as EmotionKey[]) {
          charts.push({
            title: $localize`:@@caseload.trend.how-strong:${EMOTION_TEXT[emotion]}:emotion:: how strong`,
            labels,
            min: 0,
            max: 10,
            series: field.partners.map((s, i) => ({
              name: nameOf(partners, s.partnerId, i),
              values: at(s.points).map((p) => p?.emotions?.[emotion] ?? null),
            })),
          });
        }
      }
      return {
        exerciseKey: exercise.exerciseKey,
        title: exercise.title,
        ownCheckIn: exercise.score !== undefined && isExerciseKey(exercise.exerciseKey),
        charts,
      };
    })
    .filter((exercise) => exercise.charts.length > 0);
}

/** Whether an exercise has anything to chart over time: a score, a scale or an emotions field. */
export function isChartable(definition: ExerciseDefinition): boolean {
  return definition.scoring !== undefined || fieldsOf(definition).some((field) => field.type === 'scale' || field.type === 'emotions');
}
