import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  chartGeometry,
  gapsOf,
  type TrendChartData,
  trendSummary,
} from './trend-chart.model';

let nextId = 0;

/**
 * A small line chart of change over time, drawn as SVG by hand (no chart library: it keeps the staff bundle lean).
 * Two lines, one per partner (solid with round marks, dashed with square marks, so they read in greyscale), and
 * the gap between them shaded. Screen readers get a text summary; everyone can open the same data as a table.
 */
@Component({
  selector: 'trp-trend-chart',
  templateUrl: './trend-chart.html',
  styleUrl: './trend-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  readonly data = input.required<TrendChartData>();

  protected readonly id = `trp-trend-${nextId++}`;
  protected readonly geometry = computed(() => chartGeometry(this.data()));
  protected readonly summary = computed(() => trendSummary(this.data()));
  protected readonly gaps = computed(() => gapsOf(this.data()));
  protected readonly twoLines = computed(() => this.data().series.length === 2);
  /** The axis labels drawn (see `shownAxisLabels`). */
  protected readonly shownLabels = computed(() => shownAxisLabels(this.data().labels));
}

/**
 * Which point labels the x axis draws ('' for a hidden one): every label when there are few points, else the first,
 * the last and a few evenly between, never one so close to the last that the two dates would overlap.
 */
export function shownAxisLabels(labels: readonly string[]): string[] {
  const last = labels.length - 1;
  const every = Math.max(1, Math.ceil(labels.length / 4));
  return labels.map((label, i) => (i === last || (i % every === 0 && last - i >= every) ? label : ''));
}
