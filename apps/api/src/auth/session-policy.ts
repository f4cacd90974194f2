import type { PracticeSettings } from '@trp/contracts';

export interface SessionTimes {
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

export type SessionState = 'active' | 'revoked' | 'idle' | 'expired';

/** Refresh `last_seen_at` at most this often, so a busy session does not write on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

type Policy = Pick<PracticeSettings, 'idleTimeoutMinutes' | 'absoluteTimeoutHours'>;

/** The absolute end of a session that starts now. */
export function sessionExpiry(now: Date, policy: Policy): Date {
  return new Date(now.getTime() + policy.absoluteTimeoutHours * 3_600_000);
}

/**
 * Whether a session may still be used: not revoked, used within the idle timeout, and before its absolute end
 * (the earlier of the end fixed at sign-in and the practice's current absolute lifetime, so shortening it applies at once).
 */
export function sessionState(session: SessionTimes, policy: Policy, now: Date): SessionState {
  if (session.revokedAt) return 'revoked';
  const absoluteEnd = Math.min(session.expiresAt.getTime(), session.createdAt.getTime() + policy.absoluteTimeoutHours * 3_600_000);
  if (now.getTime() >= absoluteEnd) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleTimeoutMinutes * 60_000) return 'idle';
  return 'active';
}

/** Whether this request should move `last_seen_at` forward. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}
