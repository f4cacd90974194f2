import { sessionExpiry, sessionState, shouldTouch } from './session-policy';

const policy = { idleTimeoutMinutes: 30, absoluteTimeoutHours: 12 };
const start = new Date('2025-03-01T08:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const session = (over: Partial<{ lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null }> = {}) => ({
  createdAt: start,
  lastSeenAt: start,
  expiresAt: sessionExpiry(start, policy),
  revokedAt: null,
  ...over,
});

describe('session policy', () => {
  it('ends 12 hours after sign-in by default', () => {
    expect(sessionExpiry(start, policy)).toEqual(at(12 * 60));
  });

  it('is active within the idle timeout and idle once it has passed', () => {
    expect(sessionState(session(), policy, at(29))).toBe('active');
    expect(sessionState(session(), policy, at(30))).toBe('idle');
    expect(sessionState(session({ lastSeenAt: at(20) }), policy, at(45))).toBe('active');
  });

  it('expires at its absolute end even when in use', () => {
    expect(sessionState(session({ lastSeenAt: at(12 * 60 - 1) }), policy, at(12 * 60))).toBe('expired');
  });

  it('applies a shortened absolute lifetime to sessions already open', () => {
    expect(sessionState(session({ lastSeenAt: at(119) }), { ...policy, absoluteTimeoutHours: 2 }, at(120))).toBe('expired');
  });

  it('is revoked once revoked, whatever the time', () => {
    expect(sessionState(session({ revokedAt: at(1) }), policy, at(2))).toBe('revoked');
  });

  it('refreshes last-seen at most once a minute', () => {
    expect(shouldTouch(start, new Date(start.getTime() + 59_999))).toBe(false);
    expect(shouldTouch(start, at(1))).toBe(true);
  });
});
