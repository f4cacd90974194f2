import type { AssignmentView, CoupleView, Dashboard, PartnerView } from '@trp/contracts';
import type { Answers } from '@trp/exercises';

/** Test data for the caseload specs. */
export function partner(overrides: Partial<PartnerView> = {}): PartnerView {
  return { id: 'p1', displayName: 'Alex', perspective: 'hurt', link: { state: 'none' }, remindersEnabled: true, locale: 'en', ...overrides };
}

export function couple(overrides: Partial<CoupleView> = {}): CoupleView {
  return {
    id: 'c1',
    label: 'Alex & Sam',
    status: 'active',
    counselorId: 'u1',
    createdAt: '2026-11-01T12:00:00.000Z',
    partners: [
      partner(),
      partner({ id: 'p2', displayName: 'Sam', perspective: 'involved', email: 'sam@example.com', link: { state: 'opened', lastOpenedAt: '2026-11-03T12:00:00.000Z', expiresAt: '2026-12-01T12:00:00.000Z' } }),
    ],
    ...overrides,
  };
}

export function assignment(overrides: Partial<AssignmentView> = {}): AssignmentView {
  return {
    id: 'a1',
    coupleId: 'c1',
    exerciseKey: 'communicate-openly',
    exerciseVersion: 1,
    visibility: 'counselor_only',
    status: 'open',
    createdAt: '2026-11-02T12:00:00.000Z',
    opensAt: '2026-11-02T12:00:00.000Z',
    reminders: true,
    partners: [
      { partnerId: 'p1', status: 'not_started' },
      { partnerId: 'p2', status: 'not_started' },
    ],
    release: { state: 'private' },
    ...overrides,
  };
}

/** Submitted answers to "Communicate openly" v1. */
export const ALEX_ANSWERS: Answers = {
  feelingsTable: {
    mine: [
      { emotion: 'hurt', intensity: 9 },
      { emotion: 'betrayal', intensity: 8 },
    ],
    partner: [{ emotion: 'guilt', intensity: 8 }],
  },
  concern: 'Late nights without a message',
  hardToSay: 'That I still check your phone.',
  privateNote: 'I am exhausted.',
  safetyCheck: 'no',
};

export const SAM_ANSWERS: Answers = {
  feelingsTable: {
    mine: [
      { emotion: 'guilt', intensity: 4 },
      { emotion: 'fear', intensity: 7 },
    ],
    partner: [{ emotion: 'hurt', intensity: 9 }],
  },
  concern: 'Feeling watched',
  privateNote: 'Things are calmer at home.',
  safetyCheck: 'yes',
};

export function submitted(): AssignmentView {
  return assignment({
    partners: [
      { partnerId: 'p1', status: 'submitted', submittedAt: '2026-11-05T12:00:00.000Z', answers: ALEX_ANSWERS, safetyFlagged: true },
      { partnerId: 'p2', status: 'submitted', submittedAt: '2026-11-06T12:00:00.000Z', answers: SAM_ANSWERS },
    ],
  });
}

export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return { safetyFlags: [], readyToReview: [], overdue: [], caseload: [], ...overrides };
}
