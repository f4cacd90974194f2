import { assignment } from '../testing/caseload-fixtures';
import { canStop, groupBySeries, seriesText } from './series-groups';

describe('groupBySeries', () => {
  it('keeps plain assignments apart and puts a series’ occurrences in one group where its newest stands', () => {
    const list = [
      assignment({ id: 'w3', seriesId: 's', repeat: { everyDays: 7, times: 4, occurrence: 3 } }),
      assignment({ id: 'plain' }),
      assignment({ id: 'w2', seriesId: 's', repeat: { everyDays: 7, times: 4, occurrence: 2 } }),
      assignment({ id: 'w1', seriesId: 's', repeat: { everyDays: 7, times: 4, occurrence: 1 } }),
    ];
    const groups = groupBySeries(list);
    expect(groups.map((g) => [g.key, g.items.map((a) => a.id)])).toEqual([
      ['s', ['w3', 'w2', 'w1']],
      ['plain', ['plain']],
    ]);
    const series = groups[0]?.series;
    expect(series).toMatchObject({ everyDays: 7, times: 4, opened: 3, anyId: 'w3' });
    if (!series) throw new Error('no series');
    expect(seriesText(series)).toBe('Repeats every week · 3 of 4 opened');
    expect(canStop(series)).toBe(true);
  });

  it('says when a series is stopped or complete, and offers no stop then', () => {
    const stopped = groupBySeries([assignment({ id: 'a', seriesId: 's', repeat: { everyDays: 1, occurrence: 2, stoppedAt: '2026-11-05T10:00:00.000Z' } })])[0]?.series;
    const complete = groupBySeries([assignment({ id: 'b', seriesId: 't', repeat: { everyDays: 3, times: 2, occurrence: 2 } })])[0]?.series;
    if (!stopped || !complete) throw new Error('no series');
    expect(seriesText(stopped)).toBe('Repeats every day · 2 opened so far · stopped');
    expect(seriesText(complete)).toBe('Repeats every 3 days · 2 of 2 opened · all opened');
    expect(canStop(stopped)).toBe(false);
    expect(canStop(complete)).toBe(false);
  });
});
