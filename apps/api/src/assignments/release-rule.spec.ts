import type { Visibility } from '@trp/contracts';
import { isReleased, releaseOf, releaseWouldChange, type ReleaseResponseFacts } from './release-rule';

const T1 = new Date('2030-01-10T10:00:00Z');
const T2 = new Date('2030-01-10T11:00:00Z');
const T3 = new Date('2030-01-10T12:00:00Z');
const submitted = (at: Date, safetyFlagged = false): ReleaseResponseFacts => ({ status: 'submitted', submittedAt: at, safetyFlagged });
const draft: ReleaseResponseFacts = { status: 'draft', submittedAt: null, safetyFlagged: false };
const a = (visibility: Visibility, unlockedAt: Date | null = null) => ({ visibility, unlockedAt });

describe('releaseOf (when the partners read each other’s answers)', () => {
  it('counselor_only: private, whatever happened', () => {
    expect(releaseOf(a('counselor_only', T3), [submitted(T1), submitted(T2)])).toEqual({ state: 'private' });
    expect(isReleased(a('counselor_only', T3), [submitted(T1), submitted(T2)])).toBe(false);
  });

  it('after_both_submit: waiting until both submitted, then shared at the second submission', () => {
    expect(releaseOf(a('after_both_submit'), [submitted(T1), draft])).toEqual({ state: 'waiting' });
    expect(releaseOf(a('after_both_submit'), [submitted(T1), null])).toEqual({ state: 'waiting' });
    expect(releaseOf(a('after_both_submit'), [submitted(T1)])).toEqual({ state: 'waiting' });
    expect(releaseOf(a('after_both_submit'), [submitted(T2), submitted(T1)])).toEqual({ state: 'shared', sharedAt: T2 });
  });

  it('after_both_submit: a flag from either partner holds it until the counselor releases it', () => {
    expect(releaseOf(a('after_both_submit'), [submitted(T1, true), submitted(T2)])).toEqual({ state: 'held' });
    expect(releaseOf(a('after_both_submit'), [submitted(T1), submitted(T2, true)])).toEqual({ state: 'held' });
    expect(isReleased(a('after_both_submit'), [submitted(T1, true), submitted(T2)])).toBe(false);
    expect(releaseOf(a('after_both_submit', T3), [submitted(T1, true), submitted(T2)])).toEqual({ state: 'shared', sharedAt: T3 });
    // A flag raised after the release (reopened, submitted again) holds it again.
    expect(releaseOf(a('after_both_submit', T2), [submitted(T1), submitted(T3, true)])).toEqual({ state: 'held' });
    // A draft's flag counts for nothing: only submitted answers.
    expect(releaseOf(a('after_both_submit'), [{ ...draft, safetyFlagged: true }, submitted(T2)])).toEqual({ state: 'waiting' });
  });

  it('in_session: sealed until released, then shared once both submitted (held when flagged)', () => {
    expect(releaseOf(a('in_session'), [submitted(T1), submitted(T2)])).toEqual({ state: 'sealed' });
    expect(releaseOf(a('in_session'), [submitted(T1), draft])).toEqual({ state: 'sealed' });
    expect(releaseOf(a('in_session'), [submitted(T1, true), submitted(T2)])).toEqual({ state: 'held' });
    expect(releaseOf(a('in_session', T3), [submitted(T1), submitted(T2)])).toEqual({ state: 'shared', sharedAt: T3 });
    expect(releaseOf(a('in_session', T1), [submitted(T2), draft])).toEqual({ state: 'waiting' });
    expect(releaseOf(a('in_session', T1), [submitted(T2), submitted(T1)])).toEqual({ state: 'shared', sharedAt: T2 });
    expect(releaseOf(a('in_session', T1), [submitted(T2, true), submitted(T1)])).toEqual({ state: 'held' });
  });

  it('a release changes something only when sealed, held, or not released yet', () => {
    expect(releaseWouldChange(a('counselor_only'), [submitted(T1, true), submitted(T2)])).toBe(false);
    expect(releaseWouldChange(a('after_both_submit'), [submitted(T1), submitted(T2)])).toBe(false);
    expect(releaseWouldChange(a('after_both_submit'), [submitted(T1, true), submitted(T2)])).toBe(true);
    expect(releaseWouldChange(a('after_both_submit'), [submitted(T1, true), draft])).toBe(true);
    expect(releaseWouldChange(a('in_session'), [])).toBe(true);
    expect(releaseWouldChange(a('in_session', T1), [draft])).toBe(false);
    expect(releaseWouldChange(a('in_session', T1), [submitted(T2), submitted(T3)])).toBe(false);
  });
});
