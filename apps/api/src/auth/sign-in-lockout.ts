/**
 * When repeated failures lock a subject, and for how long. Failures are counted per subject (see the keys below)
 * and forgotten after `quietMs` without a new failure once any lock has ended. The `maxFailures`-th failure locks
 * the subject for `firstLockMs`; every further failure (after that lock ended) locks it twice as long, up to
 * `maxLockMs`. Attempts refused during a lock are not counted: they never check the secret.
 */
export interface LockoutRule {
  readonly maxFailures: number;
  readonly quietMs: number;
  readonly firstLockMs: number;
  readonly maxLockMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Per (account, address): after 5 failures that address is locked out of that account for 1 minute, then 2, 4,
 * 8 and at most 15 minutes with each further failure. Only that pair: the owner elsewhere is not affected.
 */
export const PAIR_LOCKOUT: LockoutRule = { maxFailures: 5, quietMs: 15 * MINUTE, firstLockMs: MINUTE, maxLockMs: 15 * MINUTE };
/**
 * Per account (normalized email, known or not), failures from every address together: from the 20th on, each
 * failure holds every attempt on the account back for a short while (2 s, 4 s … at most 30 s) instead of locking
 * it for long, so an attack spread over many addresses is slowed to a trickle while the owner still gets in.
 */
export const ACCOUNT_LOCKOUT: LockoutRule = { maxFailures: 20, quietMs: 15 * MINUTE, firstLockMs: 2 * SECOND, maxLockMs: 30 * SECOND };
/** Per client address across accounts (password spraying): 50 failures lock the address for 15 minutes. */
export const ADDRESS_LOCKOUT: LockoutRule = { maxFailures: 50, quietMs: 15 * MINUTE, firstLockMs: 15 * MINUTE, maxLockMs: 15 * MINUTE };
/**
 * Per user, for a secret checked behind a session (the current password of a password change, the code of MFA
 * disable): 5 wrong answers lock that check for 15 minutes; the 6th attempt is refused (429).
 */
export const SESSION_CHECK_LOCKOUT: LockoutRule = { maxFailures: 5, quietMs: 15 * MINUTE, firstLockMs: 15 * MINUTE, maxLockMs: 15 * MINUTE };

/** The account-wide subject: the normalized email (so unknown emails are counted too, and a lock reveals nothing). */
export function accountLockoutKey(normalizedEmail: string): string {
  return `email:${normalizedEmail}`;
}

/** One address's failures on one account. The prefix of every pair of an account is `pair:<email>|`. */
export function pairLockoutKey(normalizedEmail: string, address: string | null): string {
  return `${pairLockoutPrefix(normalizedEmail)}${address ?? 'unknown'}`;
}

export function pairLockoutPrefix(normalizedEmail: string): string {
  return `pair:${normalizedEmail}|`;
}

export function addressLockoutKey(address: string): string {
  return `ip:${address}`;
}

/** The checks behind a session that are limited per user. */
export type SessionCheck = 'password-change' | 'mfa-disable';

export function sessionCheckLockoutKey(check: SessionCheck, userId: string): string {
  return `${check}:${userId}`;
}

export interface LockoutState {
  readonly failureCount: number;
  readonly lastFailureAt: Date;
  readonly lockedUntil: Date | null;
}

export function lockedUntil(state: LockoutState | undefined, now: Date): Date | undefined {
  return state?.lockedUntil && state.lockedUntil.getTime() > now.getTime() ? state.lockedUntil : undefined;
}

/** How long the `failureCount`-th failure locks; 0 below the threshold. */
export function lockDurationMs(rule: LockoutRule, failureCount: number): number {
  if (failureCount < rule.maxFailures) return 0;
  const doublings = Math.min(failureCount - rule.maxFailures, 30);
  return Math.min(rule.firstLockMs * 2 ** doublings, rule.maxLockMs);
}

/** The state after one more failure; `lockedNow` when this failure starts a lock. */
export function afterFailure(state: LockoutState | undefined, rule: LockoutRule, now: Date): LockoutState & { lockedNow: boolean } {
  const lastActivity = state ? Math.max(state.lastFailureAt.getTime(), state.lockedUntil?.getTime() ?? 0) : 0;
  const fresh = !state || now.getTime() - lastActivity >= rule.quietMs;
  const failureCount = fresh ? 1 : state.failureCount + 1;
  const lockMs = lockDurationMs(rule, failureCount);
  return {
    failureCount,
    lastFailureAt: now,
    lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null,
    lockedNow: lockMs > 0,
  };
}
