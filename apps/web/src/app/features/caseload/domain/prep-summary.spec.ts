import type { CounselorNoteView } from '@trp/contracts';
import { ALEX_ANSWERS, assignment, couple, SAM_ANSWERS, submitted } from '../testing/caseload-fixtures';
import { daysAgo, differenceSentence, lastSessionStart, myNotesSince, prepScoreChanges, prepSummary, readinessChanges } from './prep-summary';
import { scoreChangeText } from './score-change-text';

describe('prepSummary', () => {
  const partners = couple().partners;

  it('takes a practice exercise’s title and questions from the lookup, and never shows its key', () => {
    const custom = { ...submitted(), exerciseKey: 'custom-weekly-temperature-ab12cd', exerciseVersion: 2 };
    const since = new Date('2026-11-04T00:00:00.000Z');
    expect(prepSummary([custom], partners, since)[0]?.title).toBe('Practice exercise');
    const asked: [string, number | undefined][] = [];
    const lookup = (key: string, version?: number) => {
      asked.push([key, version]);
      return { key, version: 2, title: 'Our weekly temperature', summary: '', sections: [] };
    };
    expect(prepSummary([custom], partners, since, lookup)[0]?.title).toBe('Our weekly temperature');
    expect(asked).toContainEqual(['custom-weekly-temperature-ab12cd', 2]);
  });

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

  it('carries what each partner told the counselor only: the safety answer and the private note', () => {
    const [item] = prepSummary([submitted()], partners, new Date('2026-11-04T00:00:00.000Z'));
    expect(item.forCounselor).toEqual([
      { partnerId: 'p1', name: 'Alex', submitted: true, safety: "No, I don't feel safe", flagged: true, note: 'I am exhausted.' },
      { partnerId: 'p2', name: 'Sam', submitted: true, safety: 'Yes, I feel safe', flagged: false, note: 'Things are calmer at home.' },
    ]);
    // Nothing from a partner who has not submitted.
    expect(prepSummary([assignment()], partners, new Date(0))[0].forCounselor).toEqual([]);
  });

  it('ranks only what the partners set: an intensity left unset is never an "off by" difference', () => {
    const unset = {
      ...submitted(),
      partners: [
        {
          partnerId: 'p1',
          status: 'submitted' as const,
          submittedAt: '2026-11-05T12:00:00.000Z',
          answers: { ...ALEX_ANSWERS, feelingsTable: { mine: [{ emotion: 'hurt' as const }], partner: [{ emotion: 'guilt' as const }] } },
        },
        {
          partnerId: 'p2',
          status: 'submitted' as const,
          submittedAt: '2026-11-06T12:00:00.000Z',
          answers: { ...SAM_ANSWERS, feelingsTable: { mine: [{ emotion: 'guilt' as const, intensity: 9 }], partner: [{ emotion: 'hurt' as const, intensity: 1 }] } },
        },
      ],
    };
    expect(prepSummary([unset], partners, new Date(0))[0].differences).toEqual([]);
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
    expect(differenceSentence({ emotion: 'shame', reportedNamed: false, guessedNamed: true, guessed: 6, difference: 'not_reported', gap: 6 }, 'Alex', 'Sam')).toBe(
      'Alex believes Sam feels shame (6/10); Sam did not report it.',
    );
    expect(differenceSentence({ emotion: 'shame', reportedNamed: true, guessedNamed: false, difference: 'missed', gap: 0 }, 'Alex', 'Sam')).toBe(
      'Sam feels shame; Alex did not name it.',
    );
    expect(differenceSentence({ emotion: 'hurt', reportedNamed: true, guessedNamed: true, reported: 9, guessed: 2, difference: 'intensity', gap: 7 }, 'Sam', 'Alex')).toBe(
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

describe('lastSessionStart', () => {
  it('is the one rule for "since the last session": the latest begun session, else when the couple was added', () => {
    expect(lastSessionStart({ createdAt: '2026-10-01T09:00:00.000Z', lastSessionAt: '2026-11-26T16:00:00.000Z' })).toEqual(new Date('2026-11-26T16:00:00.000Z'));
    expect(lastSessionStart({ createdAt: '2026-10-01T09:00:00.000Z' })).toEqual(new Date('2026-10-01T09:00:00.000Z'));
  });
});

describe('myNotesSince', () => {
  const note = (id: string, authorId: string | undefined, createdAt: string): CounselorNoteView => ({ id, body: `Note ${id}`, authorId, createdAt });

  it('keeps only the signed-in counselor’s notes written since the date, oldest first', () => {
    const notes = [
      note('late', 'u1', '2026-11-10T09:00:00.000Z'),
      note('colleague', 'u2', '2026-11-09T09:00:00.000Z'),
      note('old', 'u1', '2026-10-01T09:00:00.000Z'),
      note('early', 'u1', '2026-11-08T09:00:00.000Z'),
      note('gone', undefined, '2026-11-09T09:00:00.000Z'),
    ];
    expect(myNotesSince(notes, 'u1', new Date('2026-11-01T00:00:00.000Z')).map((n) => n.id)).toEqual(['early', 'late']);
    expect(myNotesSince(notes, null, new Date(0))).toEqual([]);
  });
});

describe('readinessChanges', () => {
  const partners = couple().partners;
  const acknowledge = (id: string, p1: [number, string] | null, p2: [number, string] | null) =>
    assignment({
      id,
      exerciseKey: 'acknowledge-the-breach',
      partners: [
        p1 ? { partnerId: 'p1', status: 'submitted', submittedAt: p1[1], answers: { readiness: p1[0] } } : { partnerId: 'p1', status: 'in_progress' },
        p2 ? { partnerId: 'p2', status: 'submitted', submittedAt: p2[1], answers: { readiness: p2[0] } } : { partnerId: 'p2', status: 'not_started' },
      ],
    });

  it('takes each partner’s last two submitted readiness answers, newest first, and the change', () => {
    const changes = readinessChanges(
      [
        acknowledge('first', [3, '2026-10-01T12:00:00.000Z'], [6, '2026-10-02T12:00:00.000Z']),
        acknowledge('third', [7, '2026-11-20T12:00:00.000Z'], null),
        acknowledge('second', [4, '2026-11-01T12:00:00.000Z'], null),
        submitted(), // another exercise: ignored
      ],
      partners,
    );
    expect(changes).toEqual([
      {
        partnerId: 'p1',
        name: 'Alex',
        latest: { value: 7, submittedAt: '2026-11-20T12:00:00.000Z', assignmentId: 'third' },
        previous: { value: 4, submittedAt: '2026-11-01T12:00:00.000Z', assignmentId: 'second' },
        change: 3,
      },
      { partnerId: 'p2', name: 'Sam', latest: { value: 6, submittedAt: '2026-10-02T12:00:00.000Z', assignmentId: 'first' } },
    ]);
  });

  it('has nothing for a partner who never submitted it', () => {
    expect(readinessChanges([acknowledge('only', null, null)], partners)).toEqual([
      { partnerId: 'p1', name: 'Alex' },
      { partnerId: 'p2', name: 'Sam' },
    ]);
  });
});

describe('prepScoreChanges', () => {
  const partners = couple().partners;
  const checkIn = (id: string, at: string, p1?: number, p2?: number, status: 'open' | 'cancelled' = 'open') =>
    assignment({
      id,
      exerciseKey: 'weekly-check-in',
      status,
      partners: [
        p1 === undefined ? { partnerId: 'p1', status: 'in_progress' } : { partnerId: 'p1', status: 'submitted', submittedAt: at, score: { value: p1, band: 'band' } },
        p2 === undefined ? { partnerId: 'p2', status: 'submitted', submittedAt: at } : { partnerId: 'p2', status: 'submitted', submittedAt: at, score: { value: p2 } },
      ],
    });
  const since = new Date('2026-11-15T00:00:00.000Z');

  it('gives each partner the newest stored score since the last session and its change from the newest before it', () => {
    const changes = prepScoreChanges(
      [
        checkIn('w3', '2026-11-22T10:00:00.000Z', 15, undefined), // Sam skipped an item: no score
        checkIn('w1', '2026-11-01T10:00:00.000Z', 11, 16),
        checkIn('w2', '2026-11-08T10:00:00.000Z', 13, 18),
        checkIn('w4', '2026-11-29T10:00:00.000Z', 18),
        checkIn('gone', '2026-11-30T10:00:00.000Z', 2, 2, 'cancelled'),
        submitted(), // unscored: nothing
      ],
      partners,
      since,
    );
    expect(changes).toEqual([
      {
        exerciseKey: 'weekly-check-in',
        title: 'How are things this week',
        partnerId: 'p1',
        name: 'Alex',
        latest: { assignmentId: 'w4', submittedAt: '2026-11-29T10:00:00.000Z', value: 18, band: 'band' },
        before: { assignmentId: 'w2', submittedAt: '2026-11-08T10:00:00.000Z', value: 13, band: 'band' },
        change: 5,
      },
      { exerciseKey: 'weekly-check-in', title: 'How are things this week', partnerId: 'p2', name: 'Sam', before: { assignmentId: 'w2', submittedAt: '2026-11-08T10:00:00.000Z', value: 18 } },
    ]);
    const day = (iso: string) => iso.slice(0, 10);
    expect(changes.map((c) => scoreChangeText(c, day))).toEqual([
      '18 · band on 2026-11-29, up 5 from 13 on 2026-11-08',
      'no new score since then; the last was 18 on 2026-11-08',
    ]);
    expect(scoreChangeText({ exerciseKey: 'k', partnerId: 'p1', latest: { assignmentId: 'a', submittedAt: '2026-11-20T00:00:00Z', value: 9 } }, day)).toBe(
      '9 on 2026-11-20 (the first score, nothing before it to compare)',
    );
  });
});
