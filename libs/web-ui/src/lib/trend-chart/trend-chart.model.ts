/** One line of a trend chart: a partner's values, one per point of the chart (null: no answer that time). */
export interface TrendSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** What a trend chart draws: up to two lines over the same points, on a fixed value range. */
export interface TrendChartData {
  readonly title: string;
  /** One label per point (a date), in order, oldest first. */
  readonly labels: readonly string[];
  readonly series: readonly TrendSeries[];
  readonly min: number;
  readonly max: number;
  /** Optional text per point shown in the table (e.g. a score's band), per series. */
  readonly notes?: readonly (readonly (string | null)[])[];
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly xs: readonly number[];
  readonly lines: readonly {
    readonly path: string;
    readonly points: readonly {
      readonly x: number;
      readonly y: number;
      readonly value: number;
    }[];
  }[];
  /** Shaded areas between the two lines where both answered on neighbouring points. */
  readonly gaps: readonly string[];
  readonly ticks: readonly { readonly y: number; readonly value: number }[];
}

const WIDTH = 320;
const HEIGHT = 160;
const PLOT = { left: 28, right: WIDTH - 10, top: 10, bottom: HEIGHT - 22 };

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The chart drawn in a fixed 320×160 view box (scaled by CSS), so its geometry can be tested without a browser. */
export function chartGeometry(data: TrendChartData): ChartGeometry {
  const count = data.labels.length;
  const span = Math.max(data.max - data.min, 1);
  const xs = data.labels.map((_, i) =>
    round(
      count <= 1
        ? (PLOT.left + PLOT.right) / 2
        : PLOT.left + ((PLOT.right - PLOT.left) * i) / (count - 1),
    ),
  );
  const yOf = (value: number) =>
    round(
      PLOT.bottom -
        ((Math.min(Math.max(value, data.min), data.max) - data.min) / span) *
          (PLOT.bottom - PLOT.top),
    );
  const lines = data.series.map((series) => {
    const points = series.values.flatMap((value, i) =>
      value === null ? [] : [{ x: xs[i] ?? 0, y: yOf(value), value }],
    );
    let path = '';
    series.values.forEach((value, i) => {
      if (value === null) return;
      const previous = i > 0 ? series.values[i - 1] : null;
      path += `${previous === null || previous === undefined ? 'M' : 'L'}${xs[i]},${yOf(value)} `;
    });
    return { path: path.trim(), points };
  });
  const gaps: string[] = [];
  const [a, b] = data.series;
  if (a && b) {
    for (let i = 0; i + 1 < count; i++) {
      const [a0, a1, b0, b1] = [
        a.values[i],
        a.values[i + 1],
        b.values[i],
        b.values[i + 1],
      ];
      if (a0 == null || a1 == null || b0 == null || b1 == null) continue;
      gaps.push(
        `M${xs[i]},${yOf(a0)} L${xs[i + 1]},${yOf(a1)} L${xs[i + 1]},${yOf(b1)} L${xs[i]},${yOf(b0)} Z`,
      );
    }
  }
  const ticks = [data.min, Math.round((data.min + data.max) / 2), data.max]
    .filter((value, i, all) => all.indexOf(value) === i)
    .map((value) => ({ y: yOf(value), value }));
  return { width: WIDTH, height: HEIGHT, plot: PLOT, xs, lines, gaps, ticks };
}

function lastValue(
  values: readonly (number | null)[],
): { value: number; index: number } | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) return { value, index: i };
  }
  return undefined;
}

function firstValue(values: readonly (number | null)[]): number | undefined {
  return values.find(
    (value): value is number => value !== null && value !== undefined,
  );
}

/** The gap between the two lines at each point where both answered. */
export function gapsOf(data: TrendChartData): (number | null)[] {
  const [a, b] = data.series;
  return data.labels.map((_, i) => {
    const x = a?.values[i];
    const y = b?.values[i];
    return x === null || x === undefined || y === null || y === undefined
      ? null
      : Math.abs(x - y);
  });
}

/** The chart in a few plain sentences: where each line started and is now, and the latest gap. */
export function trendSummary(data: TrendChartData): string {
  if (data.labels.length === 0) return $localize`:@@web-ui.trend.nothing:${data.title}:title:: nothing answered yet.`;
  const parts = data.series.map((series) => {
    const first = firstValue(series.values);
    const last = lastValue(series.values);
    if (first === undefined || !last)
      return $localize`:@@web-ui.trend.not-answered:${series.name}:name: has not answered yet.`;
    const answered = series.values.filter((value) => value !== null).length;
    if (answered === 1) return $localize`:@@web-ui.trend.once:${series.name}:name:: ${last.value}:value:, once.`;
    if (last.value > first)
      return $localize`:@@web-ui.trend.up:${series.name}:name:: up from ${first}:first: to ${last.value}:last: (answered ${answered}:count: times).`;
    if (last.value < first)
      return $localize`:@@web-ui.trend.down:${series.name}:name:: down from ${first}:first: to ${last.value}:last: (answered ${answered}:count: times).`;
    return $localize`:@@web-ui.trend.unchanged:${series.name}:name:: unchanged at ${last.value}:last: (answered ${answered}:count: times).`;
  });
  const gaps = gapsOf(data).filter((gap): gap is number => gap !== null);
  const gapText =
    data.series.length === 2 && gaps.length > 0
      ? gaps.length > 1
        ? ' ' + $localize`:@@web-ui.trend.gap-now:The gap between them is ${gaps[gaps.length - 1]}:now: now (it was ${gaps[0]}:first: at first).`
        : ' ' + $localize`:@@web-ui.trend.gap:The gap between them is ${gaps[0]}:gap:.`
      : '';
  return $localize`:@@web-ui.trend.summary:${data.title}:title: (${data.min}:min: to ${data.max}:max:).` + ` ${parts.join(' ')}${gapText}`;
}
