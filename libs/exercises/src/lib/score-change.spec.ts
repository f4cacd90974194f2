import { scoreChangesSince, type ScoredSubmission } from './score-change';

const since = new Date('2026-11-20T10:00:00Z');
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
const score = (partnerId: string, day: number, value: number, exerciseKey = 'weekly-check-in'): ScoredSubmission => ({
  exerciseKey,
  partnerId,
  assignmentId: `${exerciseKey}-${day}`,
  submittedAt: at(day),
  value,
  band: value > 15 ? 'steady' : 'hard',
});

describe('scoreChangesSince', () => {
  it('gives each partner the newest score since the point and its change from the newest score before it', () => {
    const changes = scoreChangesSince([score('a', 6, 10), score('a', 13, 12), score('a', 27, 17), score('a', 22, 14), score('b', 13, 20), score('b', 27, 16)], ['a', 'b'], since);
    expect(changes).toEqual([
      { exerciseKey: 'weekly-check-in', partnerId: 'a', latest: { assignmentId: 'weekly-check-in-27', submittedAt: at(27), value: 17, band: 'steady' }, before: { assignmentId: 'weekly-check-in-13', submittedAt: at(13), value: 12, band: 'hard' }, change: 5 },
      { exerciseKey: 'weekly-check-in', partnerId: 'b', latest: expect.objectContaining({ value: 16 }), before: expect.objectContaining({ value: 20 }), change: -4 },
    ]);
  });

  it('says a first score has nothing before it, and nothing new when every score is older', () => {
    const [first, old] = scoreChangesSince([score('a', 22, 14), score('b', 6, 11)], ['a', 'b'], since);
    expect(first).toEqual({ exerciseKey: 'weekly-check-in', partnerId: 'a', latest: expect.objectContaining({ value: 14 }) });
    expect(old).toEqual({ exerciseKey: 'weekly-check-in', partnerId: 'b', before: expect.objectContaining({ value: 11 }) });
  });

  it('keeps exercises apart, leaves out a partner without a score and anything after `until`', () => {
    const changes = scoreChangesSince([score('a', 22, 14), score('a', 23, 30, 'other'), score('a', 28, 9)], ['a', 'b'], since, new Date(at(25)));
    expect(changes.map((c) => [c.exerciseKey, c.partnerId, c.latest?.value])).toEqual([
      ['weekly-check-in', 'a', 14],
      ['other', 'a', 30],
    ]);
  });
});
