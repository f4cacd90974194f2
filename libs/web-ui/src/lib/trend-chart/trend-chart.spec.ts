import { TestBed } from '@angular/core/testing';
import { shownAxisLabels, TrendChart } from './trend-chart';
import {
  chartGeometry,
  gapsOf,
  type TrendChartData,
  trendSummary,
} from './trend-chart.model';

const DATA: TrendChartData = {
  title: 'Trust',
  labels: ['1 Nov', '8 Nov', '15 Nov'],
  series: [
    { name: 'Alex', values: [1, 2, 4] },
    { name: 'Sam', values: [3, null, 4] },
  ],
  min: 1,
  max: 5,
  notes: [
    ['A hard week', null, 'Mixed'],
    [null, null, null],
  ],
};

describe('trend chart model', () => {
  it('places the points left to right and low values low, within the plot', () => {
    const g = chartGeometry(DATA);
    expect(g.xs).toEqual([
      g.plot.left,
      (g.plot.left + g.plot.right) / 2,
      g.plot.right,
    ]);
    const alex = g.lines[0]?.points ?? [];
    expect(alex.map((p) => p.value)).toEqual([1, 2, 4]);
    expect(alex[0]?.y).toBe(g.plot.bottom);
    expect((alex[2]?.y ?? 0) < (alex[1]?.y ?? 0)).toBe(true);
    expect(g.lines[0]?.path.startsWith('M')).toBe(true);
  });

  it('breaks a line where a partner did not answer, and shades the gap only where both answered on neighbouring points', () => {
    const g = chartGeometry(DATA);
    expect(g.lines[1]?.path.match(/M/g)?.length).toBe(2);
    expect(g.gaps).toEqual([]);
    const full = chartGeometry({
      ...DATA,
      series: [DATA.series[0] as never, { name: 'Sam', values: [3, 3, 4] }],
    });
    expect(full.gaps).toHaveLength(2);
  });

  it('tells the gap per point and sums it up in words', () => {
    expect(gapsOf(DATA)).toEqual([2, null, 0]);
    expect(trendSummary(DATA)).toBe(
      'Trust (1 to 5). Alex: up from 1 to 4 (answered 3 times). Sam: up from 3 to 4 (answered 2 times). The gap between them is 0 now (it was 2 at first).',
    );
    expect(trendSummary({ ...DATA, labels: [], series: [] })).toBe(
      'Trust: nothing answered yet.',
    );
    expect(
      trendSummary({
        ...DATA,
        series: [
          { name: 'Alex', values: [null, 5, null] },
          { name: 'Sam', values: [null, null, null] },
        ],
      }),
    ).toBe('Trust (1 to 5). Alex: 5, once. Sam has not answered yet.');
  });
});

describe('TrendChart', () => {
  async function render(data: TrendChartData): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('data', data);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('draws an image labelled by its text summary, with a legend that tells the lines apart without colour', async () => {
    const el = await render(DATA);
    const svg = el.querySelector('svg.plot') as SVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(
      el.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent,
    ).toContain('Alex: up from 1 to 4');
    expect(el.querySelectorAll('svg.plot circle.mark-0')).toHaveLength(3);
    expect(el.querySelectorAll('svg.plot rect.mark-1')).toHaveLength(2);
    expect(el.querySelector('.legend')?.textContent).toContain(
      'Gap between them',
    );
    expect(el.querySelector('figure')?.getAttribute('aria-labelledby')).toBe(
      el.querySelector('figcaption')?.id,
    );
  });

  it('offers the same data as a table, with the gap and the notes', async () => {
    const el = await render(DATA);
    expect(el.querySelector('details summary')?.textContent).toContain(
      'Show as a table',
    );
    const rows = [...el.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(
      [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim()),
    ).toEqual(['When', 'Alex', 'Sam', 'Gap']);
    expect(rows).toEqual([
      ['1 Nov', '1 (A hard week)', '3', '2'],
      ['8 Nov', '2', '—', '—'],
      ['15 Nov', '4 (Mixed)', '4', '0'],
    ]);
  });

  it('draws a single line without a gap column', async () => {
    const el = await render({
      ...DATA,
      series: [{ name: 'Alex', values: [1, 2, 4] }],
    });
    expect(
      [...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim()),
    ).toEqual(['When', 'Alex']);
    expect(el.querySelector('.legend')?.textContent).not.toContain('Gap');
  });
});

describe('shownAxisLabels', () => {
  const days = (n: number) => Array.from({ length: n }, (_, i) => `d${i}`);
  it('draws every label of a short series, and of a long one the first, the last and a few between, none next to the last', () => {
    expect(shownAxisLabels(days(3))).toEqual(['d0', 'd1', 'd2']);
    expect(shownAxisLabels(days(6))).toEqual(['d0', '', 'd2', '', '', 'd5']);
    const twelve = shownAxisLabels(days(12));
    expect(twelve.filter(Boolean)).toEqual(['d0', 'd3', 'd6', 'd11']);
    for (const n of [5, 6, 7, 9, 10, 13, 26, 52]) {
      const shown = shownAxisLabels(days(n));
      const drawn = shown.flatMap((label, i) => (label ? [i] : []));
      expect(drawn[0]).toBe(0);
      expect(drawn[drawn.length - 1]).toBe(n - 1);
      for (let k = 1; k < drawn.length; k++) expect((drawn[k] ?? 0) - (drawn[k - 1] ?? 0)).toBeGreaterThanOrEqual(Math.ceil(n / 4));
    }
  });
});
