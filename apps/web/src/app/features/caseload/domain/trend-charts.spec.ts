import { type ExerciseDefinition, getDefinition } from '@trp/exercises';
import type { CoupleTrends } from '@trp/contracts';
import { TRENDS } from '../testing/trend-fixtures';
import { exerciseCharts, isChartable } from './trend-charts';

const PARTNERS = [
  { id: 'p1', displayName: 'Alex' },
  { id: 'p2', displayName: 'Sam' },
];
const day = (iso: string) => iso.slice(0, 10);

describe('exerciseCharts', () => {
  it('charts a practice exercise’s score on its own range, from the definition the lookup gives (none yet: no score chart)', () => {
    const key = 'custom-weekly-temperature-ab12cd';
    const trends: CoupleTrends = {
      exercises: [
        {
          exerciseKey: key,
          title: 'Our weekly temperature',
          fields: [],
          score: {
            partners: [
              { partnerId: 'p1', points: [{ assignmentId: 'a1', submittedAt: '2026-11-01T09:00:00.000Z', value: 4, band: 'Connected' }] },
              { partnerId: 'p2', points: [{ assignmentId: 'a1', submittedAt: '2026-11-01T10:00:00.000Z', value: 2, band: 'Distant' }] },
            ],
          },
        },
      ],
    };
    const definition: ExerciseDefinition = {
      key,
      version: 3,
      title: 'Our weekly temperature',
      summary: '',
      sections: [{ id: 'main', title: 'This week', fields: [{ id: 'closeness', type: 'scale', label: 'How close?', min: 1, max: 5 }] }],
      scoring: { fields: [{ fieldId: 'closeness' }] },
    };
    const asked: [string, number | undefined][] = [];
    const [chart] = exerciseCharts(trends, PARTNERS, day, undefined, (k, v) => (asked.push([k, v]), k === key ? definition : undefined));
    expect(asked).toEqual([[key, undefined]]);
    expect(chart?.ownCheckIn).toBe(false);
    expect(chart?.charts[0]).toMatchObject({ title: 'Score', min: 1, max: 5, series: [{ name: 'Alex', values: [4] }, { name: 'Sam', values: [2] }] });
    expect(exerciseCharts(trends, PARTNERS, day, undefined, () => undefined)[0]?.charts ?? []).toEqual([]);
  });

  it('puts the score first, on the possible range, with bands as notes; both partners over the same points, oldest first', () => {
    const [, checkIn] = exerciseCharts(TRENDS, PARTNERS, day);
    expect(checkIn?.ownCheckIn).toBe(true);
    expect(checkIn?.charts.map((c) => c.title)).toEqual(['Score', 'Trust?']);
    expect(checkIn?.charts[0]).toEqual({
      title: 'Score',
      labels: ['2026-11-01', '2026-11-08'],
      min: 5,
      max: 25,
      series: [
        { name: 'Alex', values: [10, 14] },
        { name: 'Sam', values: [null, 19] },
      ],
      notes: [
        ['A hard week', 'Mixed'],
        [null, 'A steadier week'],
      ],
    });
    expect(checkIn?.charts[1]?.series).toEqual([
      { name: 'Alex', values: [2, 3] },
      { name: 'Sam', values: [null, 4] },
    ]);
  });

  it('charts each emotion felt, 0 to 10, in the vocabulary’s order; an exercise without a score is not a check-in', () => {
    const [breach] = exerciseCharts(TRENDS, PARTNERS, day);
    expect(breach?.ownCheckIn).toBe(false);
    expect(breach?.charts.map((c) => [c.title, c.min, c.max, c.series.map((s) => s.values)])).toEqual([
      ['How ready?', 1, 10, [[4], [null]]],
      ['Hurt: how strong', 0, 10, [[8], [3]]],
      ['Guilt: how strong', 0, 10, [[null], [6]]],
    ]);
  });

  it('keeps to one exercise when asked, and leaves out exercises with nothing to chart', () => {
    expect(exerciseCharts(TRENDS, PARTNERS, day, 'weekly-check-in').map((e) => e.exerciseKey)).toEqual(['weekly-check-in']);
    expect(exerciseCharts({ exercises: [{ exerciseKey: 'set-boundaries', title: 'x', fields: [] }] }, PARTNERS, day)).toEqual([]);
  });

  it('knows which exercises can be charted', () => {
    expect(isChartable(getDefinition('weekly-check-in', 1) as never)).toBe(true);
    expect(isChartable(getDefinition('acknowledge-the-breach', 1) as never)).toBe(true);
    expect(isChartable(getDefinition('set-boundaries', 1) as never)).toBe(false);
  });
});
