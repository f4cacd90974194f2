import {
  AssignmentFacts,
  awaitsSafetyReview,
  coupleProgress,
  countsAsCompleted,
  FlagFacts,
  hasSafetyFlag,
  hasUnreviewedSafetyFlag,
  isOverdue,
  isReadyToReview,
  partnerProgress,
  showsSafetyFlag,
} from './progress-rules';

const now = new Date('2026-05-10T12:00:00Z');
const past = new Date('2026-05-09T12:00:00Z');
const future = new Date('2026-05-11T12:00:00Z');
const a = (over: Partial<AssignmentFacts> = {}): AssignmentFacts => ({ status: 'open', dueAt: null, submittedCount: 0, safetyFlagged: false, ...over });

describe('progress rules', () => {
  it('maps a response to a partner’s progress', () => {
    expect(partnerProgress(undefined)).toBe('not_started');
    expect(partnerProgress(null)).toBe('not_started');
    expect(partnerProgress('draft')).toBe('in_progress');
    expect(partnerProgress('submitted')).toBe('submitted');
  });

  it('counts a couple’s progress as done by both over not cancelled', () => {
    expect(coupleProgress([])).toEqual({ completed: 0, assigned: 0 });
    expect(
      coupleProgress([
        a({ submittedCount: 2 }),
        a({ status: 'reviewed', submittedCount: 2 }),
        a({ submittedCount: 1 }),
        a({ status: 'cancelled', submittedCount: 2 }),
        a({ status: 'cancelled' }),
      ]),
    ).toEqual({ completed: 2, assigned: 3 });
    expect(countsAsCompleted(a({ status: 'cancelled', submittedCount: 2 }))).toBe(false);
  });

  it('is overdue when open, past due and not both submitted', () => {
    expect(isOverdue(a({ dueAt: past }), now)).toBe(true);
    expect(isOverdue(a({ dueAt: past, submittedCount: 1 }), now)).toBe(true);
    expect(isOverdue(a({ dueAt: past, submittedCount: 2 }), now)).toBe(false);
    expect(isOverdue(a({ dueAt: future }), now)).toBe(false);
    expect(isOverdue(a({ dueAt: now }), now)).toBe(false);
    expect(isOverdue(a({ dueAt: null }), now)).toBe(false);
    expect(isOverdue(a({ dueAt: past, status: 'reviewed' }), now)).toBe(false);
    expect(isOverdue(a({ dueAt: past, status: 'cancelled' }), now)).toBe(false);
  });

  it('is ready to review when open and both submitted, or one submitted and overdue', () => {
    expect(isReadyToReview(a({ submittedCount: 2 }), now)).toBe(true);
    expect(isReadyToReview(a({ submittedCount: 2, dueAt: future }), now)).toBe(true);
    expect(isReadyToReview(a({ submittedCount: 1, dueAt: past }), now)).toBe(true);
    expect(isReadyToReview(a({ submittedCount: 1, dueAt: future }), now)).toBe(false);
    expect(isReadyToReview(a({ submittedCount: 1 }), now)).toBe(false);
    expect(isReadyToReview(a({ submittedCount: 0, dueAt: past }), now)).toBe(false);
    expect(isReadyToReview(a({ submittedCount: 2, status: 'reviewed' }), now)).toBe(false);
    expect(isReadyToReview(a({ submittedCount: 2, status: 'cancelled' }), now)).toBe(false);
  });

  it('shows a safety flag for open assignments only', () => {
    expect(showsSafetyFlag(a({ safetyFlagged: true, submittedCount: 1 }))).toBe(true);
    expect(showsSafetyFlag(a({ safetyFlagged: true, status: 'reviewed' }))).toBe(false);
    expect(showsSafetyFlag(a({ safetyFlagged: false, submittedCount: 2 }))).toBe(false);
  });
});

describe('safety reviews', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
  const flagged = (minute: number | null, over: Partial<FlagFacts> = {}): FlagFacts => ({
    status: 'submitted',
    safetyFlagged: true,
    submittedAt: minute === null ? null : at(minute),
    ...over,
  });

  it('a flag awaits review until acknowledged, and again when submitted after the review', () => {
    expect(awaitsSafetyReview(flagged(1), null)).toBe(true);
    expect(awaitsSafetyReview(flagged(1), at(2))).toBe(false);
    expect(awaitsSafetyReview(flagged(2), at(2))).toBe(false);
    expect(awaitsSafetyReview(flagged(3), at(2))).toBe(true);
    expect(awaitsSafetyReview(flagged(null), at(2))).toBe(true);
  });

  it('only submitted responses with a flag count', () => {
    expect(awaitsSafetyReview(flagged(3, { status: 'draft' }), null)).toBe(false);
    expect(awaitsSafetyReview(flagged(3, { safetyFlagged: false }), null)).toBe(false);
    expect(hasSafetyFlag([flagged(1, { status: 'draft' }), flagged(1, { safetyFlagged: false })])).toBe(false);
    expect(hasSafetyFlag([flagged(1)])).toBe(true);
  });

  it('an assignment needs review while any of its flags does', () => {
    expect(hasUnreviewedSafetyFlag([flagged(1), flagged(5)], at(3))).toBe(true);
    expect(hasUnreviewedSafetyFlag([flagged(1), flagged(2)], at(3))).toBe(false);
    expect(hasUnreviewedSafetyFlag([], null)).toBe(false);
  });
});
