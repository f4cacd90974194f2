import { assignment, couple, submitted } from '../testing/caseload-fixtures';
import { daysAgo, differenceSentence, prepSummary } from './prep-summary';

describe('prepSummary', () => {
  const partners = couple().partners;

  it('lists what happened since the date, the largest differences and the safety flags', () => {
    const [item] = prepSummary([submitted()], partners, new Date('2026-11-04T00:00:00.000Z'));
    expect(item.title).toBe('Communicate openly and honestly');
    expect(item.news.map((n) => n.text)).toEqual(['Alex submitted', 'Sam submitted']); // assigned on 2 Nov: before the date
    expect(item.safetyFlags).toEqual(['Alex']);
    expect(item.differences).toEqual([
      'Alex feels betrayal (8/10); Sam did not name it.',
      'Sam feels fear (7/10); Alex did not name it.',
      'Alex believes Sam feels guilt at 8/10; Sam reported 4/10.',
    ]);
  });

  it('leaves cancelled assignments out and puts those with news first', () => {
    const old = assignment({ id: 'old', createdAt: '2026-10-01T12:00:00.000Z' });
    const recent = assignment({ id: 'recent', createdAt: '2026-11-10T12:00:00.000Z' });
    const cancelled = assignment({ id: 'cancelled', status: 'cancelled', createdAt: '2026-11-11T12:00:00.000Z' });
    const items = prepSummary([old, cancelled, recent], partners, new Date('2026-11-01T00:00:00.000Z'));
    expect(items.map((i) => i.assignmentId)).toEqual(['recent', 'old']);
    expect(items[0].news.map((n) => n.text)).toEqual(['Assigned']);
    expect(items[1].news).toEqual([]);
    expect(items[1].differences).toEqual([]);
    expect(items[1].safetyFlags).toEqual([]);
  });

  it('includes unlocking and reviewing as news', () => {
    const reviewed = { ...submitted(), visibility: 'in_session' as const, unlockedAt: '2026-11-07T12:00:00.000Z', reviewedAt: '2026-11-08T12:00:00.000Z' };
    const [item] = prepSummary([reviewed], partners, new Date('2026-11-07T00:00:00.000Z'));
    expect(item.news.map((n) => n.text)).toEqual(['Unlocked for both partners', 'You marked it reviewed']);
  });
});

describe('differenceSentence', () => {
  it('words each kind of difference', () => {
    expect(differenceSentence({ emotion: 'shame', guessed: 6, difference: 'not_reported', gap: 6 }, 'Alex', 'Sam')).toBe(
      'Alex believes Sam feels shame (6/10); Sam did not report it.',
    );
    expect(differenceSentence({ emotion: 'hurt', reported: 9, guessed: 2, difference: 'intensity', gap: 7 }, 'Sam', 'Alex')).toBe(
      'Sam believes Alex feels hurt at 2/10; Alex reported 9/10.',
    );
  });
});

describe('daysAgo', () => {
  it('answers midnight, so many days back', () => {
    const date = daysAgo(14, new Date(2026, 10, 20, 15, 30));
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 10, 6, 0, 0]);
  });
});
