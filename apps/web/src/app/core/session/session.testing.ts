import { CurrentUser } from '@trp/contracts';

/** A signed-in user for tests. */
export function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'u1',
    email: 'sam@example.com',
    displayName: 'Sam Rivera',
    roles: ['counselor'],
    status: 'active',
    practice: { id: 'p1', name: 'Riverside' },
    mfaEnabled: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastSignInAt: null,
    mfaEnrollmentRequired: false,
    sessionPolicy: { idleTimeoutMinutes: 30, absoluteTimeoutHours: 12 },
    timezone: 'UTC',
    partnerReminders: true,
    ...overrides,
  };
}
