import { ChangeDetectionStrategy, Component, computed, inject, input, LOCALE_ID } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PartnerView } from '@trp/contracts';
import { TrendChart } from '@trp/web-ui';
import { formatDate } from '@trp/web-ui/date';
import { ErrorState } from '../../../../core/ui/error-state';
import { ExerciseDefinitions } from '../../data/exercise-definitions';
import { TrendsApi } from '../../data/trends-api';
import { exerciseCharts } from '../../domain/trend-charts';
import { LoadingState } from '../loading-state';

/**
 * "Change over time": each partner's line and the gap between them, for the scores and scales of repeated
 * exercises and the strength of each emotion. On the couple page for every exercise; on the review page for one
 * (`exerciseKey`). Counselor only: partners never see scores.
 */
@Component({
  selector: 'app-change-over-time',
  imports: [TrendChart, ErrorState, LoadingState],
  templateUrl: './change-over-time.html',
  styleUrl: './change-over-time.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeOverTime {
  readonly coupleId = input.required<string>();
  readonly partners = input.required<readonly Pick<PartnerView, 'id' | 'displayName'>[]>();
  /** Only this exercise (the review page). */
  readonly exerciseKey = input<string | undefined>(undefined);
  /** The heading level of each exercise's title: 3 under the page's own h2, 2 alone. */
  readonly headingLevel = input<2 | 3>(3);

  private readonly api = inject(TrendsApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly definitions = inject(ExerciseDefinitions);

  protected readonly trends = rxResource({ params: () => this.coupleId(), stream: ({ params }) => this.api.get(params) });
  protected readonly exercises = computed(() =>
    this.trends.hasValue()
      ? exerciseCharts(this.trends.value(), this.partners(), (iso) => formatDate(iso, 'date', this.locale), this.exerciseKey(), this.definitions.get)
      : null,
  );
  protected overTimeLabel(title: string): string {
    return $localize`:@@caseload.over-time.section-label:${title}:exercise:, over time`;
  }

  /** On the review page a single answer is no trend yet: charts show once there are two points. */
  protected readonly shown = computed(() => {
    const exercises = this.exercises();
    if (!exercises) return null;
    return this.exerciseKey() ? exercises.filter((e) => (e.charts[0]?.labels.length ?? 0) >= 2) : exercises;
  });
}
